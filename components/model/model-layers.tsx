"use client";

import { useMemo, useState } from "react";
import { LayerBarChart, LayerDetails } from "@/components/charts/layer-bar-chart";
import { OpSplitChart } from "@/components/charts/op-split-chart";
import { LayerPicker } from "@/components/explore/layer-picker";
import { LayerTable } from "@/components/explore/layer-table";
import { saveFile } from "@/components/ui/save-file";
import { CheckboxLabel } from "@/components/ui/checkbox-label";
import { formatCount, formatExact } from "@/lib/cost/format";
import type { ModelAnalysis } from "@/lib/model-file/analyze-model";
import { asLayerCosts } from "@/lib/model-file/analyze-model";
import { costsCsv, splitRowsByKind } from "@/lib/model-file/costs-table";

/** Per-layer charts, the details of the chosen layer, the table, the split by kind and the CSV. */
export function ModelLayers({
  analysis,
  fileName,
  layerNames,
  knownTitle,
}: {
  readonly analysis: ModelAnalysis;
  readonly fileName: string;
  /** A recognised real model's node names → block names (`block3/depthwise`), as /inside shows them. */
  readonly layerNames?: Readonly<Record<string, string>>;
  readonly knownTitle?: string;
}) {
  const dense = useMemo(
    () =>
      analysis.rows
        .filter((r) => r.attentionOps === 0)
        .map((r) => ({ ...r, name: layerNames?.[r.name] ?? r.name })),
    [analysis, layerNames],
  );
  const attention = analysis.rows.filter((r) => r.attentionOps > 0);
  const layers = useMemo(() => asLayerCosts(dense), [dense]);
  const [selected, setSelected] = useState<string | null>(null);
  const [paramsLog, setParamsLog] = useState(false);
  const selectedLayer = layers.find((l) => l.path === selected);
  if (layers.length === 0)
    return (
      <p className="mt-2 text-sm">
        This model has no convolution or fully connected layer to count.
      </p>
    );
  return (
    <div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        One bar per conv or fully connected node, in graph order, coloured by kind. Point at or
        click a bar, tap or drag a finger across the chart, pick from the layer list below, or tab
        to the chart and use the arrow keys.
      </p>
      {layerNames && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-testid="block-names">
          Layers are named by their block in {knownTitle ?? "this model"} (as the Inside page and
          the explorer name them), not by the file&apos;s node names; the CSV keeps the node names.
        </p>
      )}
      <h3 className="mt-4 text-sm font-medium">MACs (multiply-adds) per layer</h3>
      <LayerBarChart layers={layers} metric="macs" selected={selected} onSelect={setSelected} />
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-medium">
          Params per layer (weights + biases){paramsLog ? ", log scale" : ""}
        </h3>
        <CheckboxLabel checked={paramsLog} onChange={setParamsLog} inputClassName="h-4 w-4">
          Log scale (a big FC layer flattens the rest)
        </CheckboxLabel>
      </div>
      <LayerBarChart
        layers={layers}
        metric="params"
        selected={selected}
        onSelect={setSelected}
        height={140}
        scale={paramsLog ? "log" : "linear"}
      />
      <LayerPicker layers={layers} selected={selected} onSelect={setSelected} />
      <LayerDetails layer={selectedLayer} testId="model-layer-details" />
      <LayerTable layers={layers} selected={selected} />
      {attention.length > 0 && (
        <details className="mt-3 text-sm" data-testid="attention-products">
          <summary className="cursor-pointer">
            {attention.length} attention products (MatMul of two computed tensors), listed apart
          </summary>
          <ul className="mt-2 space-y-0.5 font-mono text-xs">
            {attention.map((r) => (
              <li key={r.index}>
                {r.name}: {r.input.join("×")} → {r.output.join("×")},{" "}
                <span title={formatExact(r.attentionOps)}>{formatCount(r.attentionOps)}</span>{" "}
                multiplies
              </li>
            ))}
          </ul>
        </details>
      )}
      <button
        type="button"
        onClick={() =>
          saveFile(
            costsCsv(analysis.rows),
            `${fileName.replace(/\.onnx$/i, "")}-costs.csv`,
            "text/csv",
          )
        }
        className="mt-4 rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        Download per-layer costs as CSV
      </button>
      <h3 className="mt-8 text-base font-semibold">Where the cost goes, by kind</h3>
      <div className="mt-2">
        <OpSplitChart split={splitRowsByKind(dense, analysis.totals)} />
      </div>
    </div>
  );
}
