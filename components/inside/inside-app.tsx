"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useState } from "react";
import { BackendPicker } from "@/components/classify/backend-picker";
import { CropPreview } from "@/components/classify/crop-preview";
import { engineViewFor } from "@/components/classify/explorer-view";
import { ImagePicker } from "@/components/classify/image-picker";
import { labelFor } from "@/components/classify/labels";
import { modelSpecFor } from "@/components/classify/model-spec";
import { ModelPicker } from "@/components/classify/model-picker";
import { SampleGallery } from "@/components/classify/sample-gallery";
import type { ClassifyAssets, SamplePhoto } from "@/lib/inference/installed-assets";
import { findModel } from "@/lib/inference/model-catalog";
import type { BackendChoice } from "@/lib/inference/protocol";
import type { InsideState } from "@/lib/inside/inside-state";
import { serializeInsideState } from "@/lib/inside/inside-state";
import { LayerTable } from "./layer-table";
import { LayerView } from "./layer-view";
import { OpenStatus } from "./open-status";
import type { PhotoInput } from "./use-inside-worker";
import { useInsideWorker } from "./use-inside-worker";

const PANEL = "rounded-xl border border-slate-200 p-4 dark:border-slate-800";

/** The /inside page's interactive part: photo and model in, every layer of the real network out. */
export function InsideApp({
  models,
  samples,
  initial,
  notes,
  onUrlWrite,
}: Omit<ClassifyAssets, "setupRan"> & {
  readonly initial: InsideState;
  readonly notes: readonly string[];
  /** Told each query the page writes, so a URL wrapper can tell its own writes from a link. */
  readonly onUrlWrite?: (query: string) => void;
}) {
  const [modelId, setModelId] = useState(initial.model);
  const [layerPath, setLayerPath] = useState(initial.layer);
  const [channel, setChannel] = useState(initial.channel ?? 0);
  const [backend, setBackend] = useState<BackendChoice>("wasm");
  const [photo, setPhoto] = useState<PhotoInput | null>(null);
  const [byStrength, setByStrength] = useState(false);
  const [pickError, setPickError] = useState<string | null>(null);

  const card = models.find((m) => m.id === modelId);
  const remote = card?.remoteOnly === true;
  const spec = useMemo(() => (remote ? null : modelSpecFor(modelId)), [modelId, remote]);
  const engine = useMemo(
    () => (remote ? null : (findModel(modelId)?.engine ?? null)),
    [modelId, remote],
  );
  const view = engineViewFor(modelId);

  // The layer index follows the URL's layer path once the session says which layers exist.
  const [sessionLayers, setSessionLayers] = useState<readonly string[]>([]);
  const layerIndex = Math.max(0, sessionLayers.indexOf(layerPath ?? ""));
  const worker = useInsideWorker(spec, engine, backend, photo, layerIndex);
  const session = worker.open.status === "ready" ? worker.open.session : null;
  useEffect(() => {
    const paths = session?.layers.map((l) => l.path) ?? [];
    queueMicrotask(() => setSessionLayers(paths));
  }, [session]);

  const layer = session?.layers[layerIndex] ?? null;
  const ch = layer ? Math.min(channel, layer.output.c - 1) : channel;
  useEffect(() => {
    const query = `?${serializeInsideState({ model: modelId, layer: layer?.path ?? layerPath, channel: ch })}`;
    if (window.location.search === query) return;
    onUrlWrite?.(query);
    window.history.replaceState(null, "", query);
  }, [modelId, layer, layerPath, ch, onUrlWrite]);

  const run = worker.run.status === "done" ? worker.run : null;
  const fresh = run && run.result.modelId === modelId ? run : null;
  const detail =
    worker.detail.status === "done" &&
    fresh &&
    worker.detail.runId === fresh.runId &&
    worker.detail.detail.index === layerIndex
      ? worker.detail
      : null;

  const selectLayer = useCallback(
    (i: number) => {
      setLayerPath(sessionLayers[i] ?? null);
      setChannel(0);
    },
    [sessionLayers],
  );
  const pickSample = async (s: SamplePhoto) => {
    try {
      const res = await fetch(s.src); // same-origin bundled photo; nothing leaves the page
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      setPickError(null);
      setPhoto({ blob: await res.blob(), name: s.file });
    } catch (err) {
      setPickError(`${s.src} could not be loaded (${(err as Error).message}).`);
    }
  };

  return (
    <div className="mt-6 space-y-6">
      {notes.length > 0 && (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          {notes.join(" ")}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="photo-heading" className={PANEL}>
          <h2 id="photo-heading" className="mb-3 text-lg font-semibold">
            1 · A photo
          </h2>
          <ImagePicker
            onImage={(blob, name) => {
              setPickError(null);
              setPhoto({ blob, name });
            }}
            disabled={!worker.ready}
          />
          <div className="mt-4">
            <SampleGallery
              samples={samples}
              onPick={(s) => void pickSample(s)}
              disabled={!worker.ready}
            />
          </div>
          {pickError && (
            <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
              {pickError}
            </p>
          )}
        </section>
        <section aria-labelledby="model-heading" className={`${PANEL} space-y-4`}>
          <h2 id="model-heading" className="text-lg font-semibold">
            2 · A model
          </h2>
          <ModelPicker
            models={models}
            value={modelId}
            onChange={(id) => {
              setModelId(id);
              setLayerPath(null);
              setChannel(0);
            }}
            disabled={!worker.ready}
          />
          <BackendPicker
            value={backend}
            onChange={setBackend}
            env={null}
            autoReason={null}
            disabled={!worker.ready}
          />
          {remote ? (
            <p
              role="status"
              data-testid="no-mapping"
              className="rounded-lg bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
            >
              This page matches V1, V2 and V3-Small layer by layer with the cost engine; MobileNetV4
              from its public source has no such mapping here, so its layers are not shown.{" "}
              <Link href="/classify" className="underline">
                Classify with it on the Classify page
              </Link>
              .
            </p>
          ) : (
            <OpenStatus open={worker.open} run={worker.run} />
          )}
        </section>
      </div>

      {fresh && session && layer && view && (
        <>
          <section
            aria-labelledby="result-heading"
            className={`${PANEL} flex flex-wrap items-start gap-4`}
          >
            <div className="w-40">
              <CropPreview rgba={fresh.result.crop} size={fresh.result.cropSize} />
            </div>
            <div className="min-w-[14rem] flex-1 space-y-2 text-sm">
              <h2 id="result-heading" className="text-lg font-semibold">
                {fresh.imageName}: {labelFor(fresh.result.top5[0]?.index ?? -1)}
              </h2>
              <p
                data-testid="run-summary"
                data-run-ms={fresh.result.runMs.toFixed(1)}
                data-run-id={fresh.runId}
              >
                One run of {card?.title ?? modelId} on {fresh.result.backend.toUpperCase()} with all{" "}
                {session.layers.length} layers&apos; outputs exposed:{" "}
                <span className="font-mono">{fresh.result.runMs.toFixed(0)} ms</span>; top-5:{" "}
                {fresh.result.top5
                  .map((p) => `${labelFor(p.index)} ${(p.probability * 100).toFixed(1)} %`)
                  .join(", ")}
                .
              </p>
              {session.fallback && (
                <p
                  role="status"
                  data-testid="fallback"
                  className="rounded bg-sky-50 p-2 text-sky-950 dark:bg-sky-950/40 dark:text-sky-100"
                >
                  {session.fallback}
                </p>
              )}
              {detail && (
                <p
                  className="text-xs text-slate-500 dark:text-slate-400"
                  data-testid="layer-open-ms"
                  data-ms={detail.ms.toFixed(1)}
                >
                  This layer opened in {detail.ms.toFixed(0)} ms (from the run already made, no new
                  inference).
                </p>
              )}
            </div>
          </section>
          <section aria-label={`Layer ${layer.path}`} className={PANEL}>
            <LayerView
              version={findModel(modelId)?.version ?? ""}
              layer={layer}
              run={
                fresh.result.layers[layerIndex] ?? {
                  index: layerIndex,
                  stats: { count: 0, min: 0, max: 0, mean: 0, zeroFraction: 0 },
                  histogram: { lo: 0, hi: 1, counts: [0] },
                }
              }
              detail={detail?.detail ?? null}
              channel={ch}
              onChannel={setChannel}
              byStrength={byStrength}
              onByStrength={setByStrength}
              view={view}
              modelName={card?.title ?? modelId}
            />
          </section>
          <section aria-labelledby="table-heading" className={`${PANEL} space-y-3`}>
            <h2 id="table-heading" className="text-lg font-semibold">
              Every layer for this photo
            </h2>
            <LayerTable
              layers={session.layers}
              stats={fresh.result.layers}
              selected={layerIndex}
              onSelect={selectLayer}
              fileStem={modelId}
            />
          </section>
        </>
      )}
    </div>
  );
}
