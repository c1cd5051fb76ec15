"use client";

import type { EngineRef } from "@/lib/inside/inside-protocol";
import type { ModelSpec } from "@/lib/inference/protocol";
import { LayerTimingPanel } from "./layer-timing-panel";
import type { useLayerTiming } from "./use-layer-timing";

/** /inside's "Time every layer" section for the selected real model; a row's name opens that layer. */
export function InsideLayerTiming({
  timing,
  spec,
  engine,
  layerPaths,
  selectedPath,
  onSelectLayer,
}: {
  readonly timing: ReturnType<typeof useLayerTiming>;
  readonly spec: ModelSpec | null;
  readonly engine: EngineRef | null;
  /** The open session's layer paths, in order (empty before a model is open). */
  readonly layerPaths: readonly string[];
  readonly selectedPath: string | null;
  readonly onSelectLayer: (sessionIndex: number) => void;
}) {
  const report = timing.state.status === "done" ? timing.state.report : null;
  const labels = report?.summary.layers.map((l) => l.label) ?? [];
  const selected = selectedPath === null ? undefined : labels.indexOf(selectedPath);
  return (
    <section
      aria-labelledby="layer-timing-heading"
      className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800"
    >
      <h2 id="layer-timing-heading" className="text-lg font-semibold">
        Where the milliseconds go
      </h2>
      <LayerTimingPanel
        timing={timing}
        source={async () => {
          if (!spec || !engine) throw new Error("No installed model is selected.");
          return { kind: "model", model: spec, engine };
        }}
        fileStem={spec?.id ?? "model"}
        selected={selected !== undefined && selected >= 0 ? selected : undefined}
        onSelect={(i) => {
          const at = layerPaths.indexOf(labels[i] ?? "");
          if (at >= 0) onSelectLayer(at);
        }}
        disabledReason={
          spec && engine ? null : "Layer timing needs an installed model (not a remote one)."
        }
      />
    </section>
  );
}
