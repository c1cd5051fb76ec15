"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { LayerBarChart, LayerDetails } from "@/components/charts/layer-bar-chart";
import { OpSplitChart } from "@/components/charts/op-split-chart";
import { AccuracyChart } from "@/components/charts/accuracy-chart";
import { TitledSection } from "@/components/ui/titled-section";
import { CheckboxLabel } from "@/components/ui/checkbox-label";
import { MODEL_SPECS, MODEL_TITLES } from "@/lib/arch/models";
import type { ModelId, ResolvedNetwork } from "@/lib/arch/types";
import { CostInputError } from "@/lib/cost/cost-input-error";
import { formatCount } from "@/lib/cost/format";
import { splitByOp } from "@/lib/cost/op-split";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import type { ExplorerState } from "@/lib/explorer/explorer-state";
import { roundAlpha, serializeExplorerState } from "@/lib/explorer/explorer-state";
import { costSplitIntro } from "@/lib/explorer/cost-split-intro";
import { matchingKeys, versionComparisonPoints } from "@/lib/explorer/published-series";
import { CopyLinkButton } from "./copy-link-button";
import { ExplorerControls } from "./explorer-controls";
import { LayerPicker } from "./layer-picker";
import { LayerTable } from "./layer-table";
import { PublishedPanel } from "./published-panel";
import { TotalsPanel } from "./totals-panel";
import { ArchitectureNotes } from "./architecture-notes";
import { V1Table2Note } from "./v1-table2-note";

type Resolved = { readonly network: ResolvedNetwork } | { readonly error: string };

function tryResolve(model: ModelId, alpha: number, resolution: number): Resolved {
  try {
    return { network: resolveNetwork(model, { alpha, resolution }) };
  } catch (e) {
    if (e instanceof CostInputError) return { error: e.message };
    throw e;
  }
}

const COMPARISON_POINTS = versionComparisonPoints();

function Section(props: { title: string; id: string; children: React.ReactNode }) {
  return <TitledSection {...props} className="mt-10" headingClassName="text-xl" />;
}

/** The explorer: any model × α × resolution, with its whole state mirrored into the URL. */
export function Explorer({
  initial,
  notes,
  onUrlWrite,
}: {
  readonly initial: ExplorerState;
  readonly notes: readonly string[];
  /** Told each query this explorer writes into the URL (so its owner can tell them from links). */
  readonly onUrlWrite?: (query: string) => void;
}) {
  const [state, setState] = useState(initial);
  const [paramsLog, setParamsLog] = useState(false);
  const { model, alpha, resolution } = state;
  const resolved = useMemo(() => tryResolve(model, alpha, resolution), [model, alpha, resolution]);
  const network = "network" in resolved ? resolved.network : null;

  // Replace, not push: dragging a slider must not fill the back button with 100 entries.
  useEffect(() => {
    const query = `?${serializeExplorerState(state)}`;
    if (window.location.search === query) return;
    onUrlWrite?.(query);
    window.history.replaceState(null, "", query);
  }, [state, onUrlWrite]);

  const update = useCallback(
    (patch: Partial<ExplorerState>) => setState((s) => ({ ...s, ...patch })),
    [],
  );
  const validateAlpha = (a: number) => {
    const r = tryResolve(model, a, resolution);
    return "error" in r ? r.error : null;
  };
  const validateResolution = (res: number) => {
    const r = tryResolve(model, alpha, res);
    return "error" in r ? r.error : null;
  };

  const layerKnown =
    state.layer === null || network?.layers.some((l) => l.path === state.layer) === true;
  const selectedLayer = network?.layers.find((l) => l.path === state.layer);
  const costText = network
    ? `${formatCount(network.totals.macs)} MACs (multiply-adds), ${formatCount(network.totals.params)} params`
    : "invalid";
  const title = `${MODEL_TITLES[model]} ${roundAlpha(alpha)} at ${resolution}×${resolution}`;
  // V1 1.0-224 gets the paper's Table 2 beside our count; any other view its own split, computed.
  const splitIntro = network
    ? costSplitIntro({ model, alpha, resolution, subject: title }, network)
    : null;

  return (
    <div>
      {(notes.length > 0 || !layerKnown) && (
        <div
          role="status"
          data-testid="state-notes"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <p className="font-medium">Part of the link was ignored:</p>
          <ul className="mt-1 list-disc pl-5">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
            {!layerKnown && (
              <li>{`Layer “${state.layer}” is not in ${MODEL_TITLES[model]}; no layer selected.`}</li>
            )}
          </ul>
        </div>
      )}
      <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
        <ExplorerControls
          model={model}
          alpha={alpha}
          resolution={resolution}
          costText={costText}
          onModel={(m) =>
            update({ model: m, resolution: MODEL_SPECS[m].defaultResolution, layer: null })
          }
          onAlpha={(a) => update({ alpha: a })}
          onResolution={(r) => update({ resolution: r })}
          validateAlpha={validateAlpha}
          validateResolution={validateResolution}
        />
      </div>

      {"error" in resolved && (
        <p role="alert" className="mt-4 text-red-700 dark:text-red-300">
          {resolved.error}
        </p>
      )}
      {network && (
        <>
          <div className="mt-8 flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-lg font-semibold" data-testid="explorer-title">
              {title}
            </h2>
            <CopyLinkButton />
          </div>
          <div className="mt-3">
            <TotalsPanel network={network} />
          </div>
          <PublishedPanel model={model} alpha={alpha} resolution={resolution} />

          <Section title="Layer by layer" id="layers-heading">
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              One bar per layer, coloured by kind. Point at or click a bar, tap or drag a finger
              across the chart, pick from the layer list below, or tab to the chart and use the
              arrow keys.
            </p>
            <h3 className="mt-4 text-sm font-medium">MACs (multiply-adds) per layer</h3>
            <LayerBarChart
              layers={network.layers}
              metric="macs"
              selected={selectedLayer?.path ?? null}
              onSelect={(p) => update({ layer: p })}
            />
            <div className="mt-6 flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="text-sm font-medium">
                Params per layer{paramsLog ? " (log scale)" : ""}
              </h3>
              <CheckboxLabel
                checked={paramsLog}
                onChange={setParamsLog}
                testId="params-log"
                inputClassName="h-4 w-4"
              >
                Log scale (the FC layer flattens the rest)
              </CheckboxLabel>
            </div>
            <LayerBarChart
              layers={network.layers}
              metric="params"
              selected={selectedLayer?.path ?? null}
              onSelect={(p) => update({ layer: p })}
              height={140}
              scale={paramsLog ? "log" : "linear"}
            />
            <LayerPicker
              layers={network.layers}
              selected={selectedLayer?.path ?? null}
              onSelect={(p) => update({ layer: p })}
            />
            <LayerDetails layer={selectedLayer} testId="layer-details" />
            <LayerTable layers={network.layers} selected={selectedLayer?.path ?? null} />
            <ArchitectureNotes model={model} />
          </Section>

          <Section title="Where the cost goes, by kind" id="split-heading">
            {splitIntro === null ? (
              <V1Table2Note />
            ) : (
              <p
                className="mt-1 mb-3 text-sm text-slate-600 dark:text-slate-400"
                data-testid="split-intro"
              >
                {splitIntro}
              </p>
            )}
            <OpSplitChart split={splitByOp(network)} />
          </Section>

          <Section title="All versions: published top-1 vs MACs" id="versions-heading">
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              Each paper&apos;s own numbers (V4: its paper&apos;s Table 6, each model at its own
              resolution). The dashed line is the model you have set up above.
            </p>
            <AccuracyChart
              title="Published ImageNet top-1 vs MACs, MobileNetV1 to V4"
              points={COMPARISON_POINTS}
              current={{
                macsM: network.totals.macs / 1e6,
                label: `${formatCount(network.totals.macs)} (this view)`,
              }}
              highlight={matchingKeys(COMPARISON_POINTS, model, alpha, resolution)}
            />
          </Section>
        </>
      )}
    </div>
  );
}
