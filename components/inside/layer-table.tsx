"use client";

import { memo } from "react";
import { saveFile } from "@/components/lab/save-file";
import { formatCount, formatExact } from "@/lib/cost/format";
import type { InsideLayer, LayerRunStats } from "@/lib/inside/inside-protocol";
import { layerStatsCsv, shapeText } from "@/lib/inside/layer-csv";
import type { TensorStats } from "@/lib/inside/tensor-stats";
import { opColorVar } from "@/lib/viz/theme";
import { formatPercent, formatStat } from "./format-stat";

/**
 * Every layer of the model with this photo's stats beside the engine's costs; a row's name selects
 * that layer. The download writes the same numbers as CSV (one row per conv/FC layer output).
 */
export const LayerTable = memo(function LayerTable({
  layers,
  stats,
  selected,
  onSelect,
  fileStem,
}: {
  readonly layers: readonly InsideLayer[];
  readonly stats: readonly LayerRunStats[];
  readonly selected: number;
  readonly onSelect: (index: number) => void;
  readonly fileStem: string;
}) {
  const download = () => {
    const rows = layers.map((l, i) => ({
      index: l.index,
      layer: l.path,
      kind: l.op,
      shape: l.output,
      stats: stats[i]?.stats ?? { count: 0, min: 0, max: 0, mean: 0, zeroFraction: 0 },
    }));
    saveFile(layerStatsCsv(rows), `${fileStem}-layer-stats.csv`, "text/csv");
  };
  return (
    <div className="space-y-3">
      <button
        type="button"
        onClick={download}
        data-testid="csv-download"
        className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200"
      >
        Download layer statistics (CSV)
      </button>
      <div className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="w-full text-sm tabular-nums" data-testid="layer-table">
          <caption className="sr-only">
            Every layer: kind, output shape, the engine&apos;s MACs and params, and this
            photo&apos;s activation stats
          </caption>
          <thead className="sticky top-0 bg-white text-left text-xs text-slate-500 dark:bg-slate-950 dark:text-slate-400">
            <tr>
              <th className="px-2 py-1 font-normal">#</th>
              <th className="px-2 py-1 font-normal">layer</th>
              <th className="px-2 py-1 font-normal">shape</th>
              <th className="px-2 py-1 text-right font-normal">MACs</th>
              <th className="px-2 py-1 text-right font-normal">params</th>
              <th className="px-2 py-1 text-right font-normal">min</th>
              <th className="px-2 py-1 text-right font-normal">max</th>
              <th className="px-2 py-1 text-right font-normal">mean</th>
              <th className="px-2 py-1 text-right font-normal">zeros</th>
            </tr>
          </thead>
          <tbody>
            {layers.map((l, i) => (
              <LayerRow
                key={l.path}
                layer={l}
                row={i}
                stats={stats[i]?.stats}
                selected={i === selected}
                onSelect={onSelect}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
});

/** One layer's row; memoized, so a new selection re-renders two rows, not the table. */
const LayerRow = memo(function LayerRow({
  layer: l,
  row,
  stats: s,
  selected,
  onSelect,
}: {
  readonly layer: InsideLayer;
  readonly row: number;
  readonly stats: TensorStats | undefined;
  readonly selected: boolean;
  readonly onSelect: (index: number) => void;
}) {
  return (
    <tr className={selected ? "bg-slate-100 dark:bg-slate-800/70" : ""} data-testid="layer-row">
      <td className="px-2 py-0.5 text-slate-500 dark:text-slate-400">{l.index}</td>
      <td className="px-2 py-0.5 whitespace-nowrap">
        <button
          type="button"
          onClick={() => onSelect(row)}
          aria-current={selected ? "true" : undefined}
          className="flex items-center gap-1.5 text-left font-mono hover:underline"
        >
          <span
            aria-hidden
            className="inline-block size-2.5 rounded-sm"
            style={{ background: opColorVar(l.op) }}
          />
          {l.path}
        </button>
      </td>
      <td className="px-2 py-0.5 font-mono whitespace-nowrap">{shapeText(l.output)}</td>
      <td className="px-2 py-0.5 text-right" title={formatExact(l.macs)}>
        {formatCount(l.macs)}
      </td>
      <td className="px-2 py-0.5 text-right" title={formatExact(l.params)}>
        {formatCount(l.params)}
      </td>
      <td className="px-2 py-0.5 text-right font-mono">{s ? formatStat(s.min) : "–"}</td>
      <td className="px-2 py-0.5 text-right font-mono">{s ? formatStat(s.max) : "–"}</td>
      <td className="px-2 py-0.5 text-right font-mono">{s ? formatStat(s.mean) : "–"}</td>
      <td className="px-2 py-0.5 text-right font-mono">
        {s ? formatPercent(s.zeroFraction) : "–"}
      </td>
    </tr>
  );
});
