"use client";

import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { fetchSample } from "@/components/hooks/use-sample-pick";
import { engineViewFor } from "@/components/classify/explorer-view";
import { modelSpecFor } from "@/components/classify/model-spec";
import { revealPanel } from "@/components/classify/reveal";
import { clearHandedPhoto, peekHandedPhoto } from "@/lib/inside/photo-handoff";
import type { ClassifyAssets } from "@/lib/inference/installed-assets";
import { findModel } from "@/lib/inference/model-catalog";
import type { BackendChoice } from "@/lib/inference/protocol";
import type { InsideState } from "@/lib/inside/inside-state";
import { serializeInsideState } from "@/lib/inside/inside-state";
import { widthPair } from "@/lib/inside/width-pair";
import { InsideLayerTiming } from "@/components/layer-timing/inside-layer-timing";
import { LayerTimingLine } from "@/components/layer-timing/layer-timing-panel";
import { useLayerTiming } from "@/components/layer-timing/use-layer-timing";
import { InsideInputs, PANEL } from "./inside-inputs";
import { LayerStepper } from "./layer-stepper";
import { LayerTable } from "./layer-table";
import { LayerView } from "./layer-view";
import { RunSummary } from "./run-summary";
import type { PhotoInput } from "./use-inside-worker";
import { useInsideWorker } from "./use-inside-worker";
import { WidthPairPanel } from "./width-pair-panel";

/**
 * Quiet time before the page mirrors its state into the URL. Next's router re-renders on every
 * history write, so that work waits until the user stops moving through layers or channels.
 */
const URL_WRITE_DELAY_MS = 250;

/**
 * The /inside page's interactive part: photo and model in, every layer of the real network out.
 * Memoized, so the router's re-render after a URL write stops at the URL wrapper.
 */
export const InsideApp = memo(function InsideApp({
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
  // A photo handed over by /classify's "see this photo inside" link opens at once (same tab, memory only).
  const [photo, setPhoto] = useState<PhotoInput | null>(() => {
    const handed = peekHandedPhoto();
    return handed ? { blob: handed.blob, name: handed.name } : null;
  });
  useEffect(() => clearHandedPhoto(), []);
  const [sampleNote, setSampleNote] = useState<string | null>(null);
  // `?sample=<open photo>` opens with that photo (fetched from the site itself, like a tapped sample).
  const wantedSample = initial.sample;
  useEffect(() => {
    if (!wantedSample || peekHandedPhoto()) return;
    const s = samples.find((x) => x.file === wantedSample);
    let alive = true;
    if (!s) {
      queueMicrotask(
        () =>
          alive &&
          setSampleNote(
            `The link asks for the sample photo “${wantedSample}”, which this site does not have: pick a photo.`,
          ),
      );
    } else {
      fetchSample(s)
        .then((blob) => {
          if (!alive) return;
          setPhoto(
            (p) => p ?? { blob, name: s.file, sample: s.set === "open" ? s.file : undefined },
          );
        })
        .catch((err: unknown) => {
          if (alive) setSampleNote((err as Error).message);
        });
    }
    return () => {
      alive = false;
    };
  }, [wantedSample, samples]);
  const [byStrength, setByStrength] = useState(false);

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
  const timing = useLayerTiming(modelId);
  const session = worker.open.status === "ready" ? worker.open.session : null;
  useEffect(() => {
    const paths = session?.layers.map((l) => l.path) ?? [];
    queueMicrotask(() => setSessionLayers(paths));
  }, [session]);

  const layer = session?.layers[layerIndex] ?? null;
  const ch = layer ? Math.min(channel, layer.output.c - 1) : channel;
  useEffect(() => {
    const query = `?${serializeInsideState({
      model: modelId,
      layer: layer?.path ?? layerPath,
      channel: ch,
      ...(photo?.sample ? { sample: photo.sample } : {}),
    })}`;
    if (window.location.search === query) return;
    const timer = setTimeout(() => {
      onUrlWrite?.(query);
      window.history.replaceState(null, "", query);
    }, URL_WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [modelId, layer, layerPath, ch, photo, onUrlWrite]);

  const run = worker.run.status === "done" ? worker.run : null;
  const fresh = run && run.result.modelId === modelId ? run : null;
  const ready =
    worker.detail.status === "done" && fresh && worker.detail.runId === fresh.runId
      ? worker.detail
      : null;
  // Until the selected layer's channels arrive (a few ms), the view keeps the layer it shows with
  // that layer's own channels, so one render swaps header, stats and grid together: one layout and
  // one paint per click, and the table below never jumps.
  const shownIndex = ready ? ready.detail.index : layerIndex;
  const shown = session?.layers[shownIndex] ?? null;
  const opened = ready && ready.detail.index === layerIndex ? ready : null;
  const shownCh = shown ? Math.min(channel, shown.output.c - 1) : channel;

  const selectLayer = useCallback(
    (i: number) => {
      setLayerPath(sessionLayers[i] ?? null);
      setChannel(0);
    },
    [sessionLayers],
  );

  // Show what changed: a new run brings its result into view (on a phone it sits far below the
  // sample photos), and a layer chosen from the table or the stepper brings the layer view's top.
  const resultRef = useRef<HTMLElement>(null);
  const layerRef = useRef<HTMLElement>(null);
  const revealedRun = useRef(0);
  const freshRunId = fresh?.runId ?? 0;
  useEffect(() => {
    if (freshRunId === 0 || freshRunId === revealedRun.current) return;
    revealedRun.current = freshRunId;
    revealPanel(resultRef.current);
  }, [freshRunId]);
  const chooseLayer = useCallback(
    (i: number) => {
      selectLayer(i);
      const el = layerRef.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top;
      // Stepping keeps the view where it is unless its top (the new layer's name) is off screen.
      if (top < 0 || top > window.innerHeight * 0.6) {
        const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        el.scrollIntoView({ behavior: reduce ? "auto" : "smooth", block: "start" });
      }
    },
    [selectLayer],
  );
  const chooseModel = useCallback((id: string) => {
    setModelId(id);
    setLayerPath(null);
    setChannel(0);
  }, []);
  const title = card?.title ?? modelId;
  // Another installed width of the same network (V1 1.0 / 0.75): this layer at both α, one click apart.
  const installedEntries = useMemo(
    () => models.flatMap((m) => (m.installed ? [findModel(m.id)].filter((e) => !!e) : [])),
    [models],
  );
  const pair = shown ? widthPair(modelId, shown.path, installedEntries) : null;
  const openWidth = useCallback((id: string, path: string) => {
    setModelId(id);
    setLayerPath(path);
    setChannel(0);
  }, []);

  return (
    <div className="mt-6 space-y-6">
      {(notes.length > 0 || sampleNote) && (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          {[...notes, ...(sampleNote ? [sampleNote] : [])].join(" ")}
        </p>
      )}
      <InsideInputs
        models={models}
        samples={samples}
        modelId={modelId}
        onModel={chooseModel}
        backend={backend}
        onBackend={setBackend}
        onPhoto={setPhoto}
        ready={worker.ready}
        remote={remote}
        open={worker.open}
        run={worker.run}
      />

      {!photo && !wantedSample && (
        <p
          role="status"
          data-testid="needs-photo"
          className={`${PANEL} text-sm text-slate-700 dark:text-slate-300`}
        >
          {initial.layer
            ? `This link opens layer ${initial.layer} of ${title}, and a layer is shown on a photo: pick one above (or tap a sample) and the page lands on that layer.`
            : "Pick a photo or tap a sample above: every layer's channels for it appear here."}
        </p>
      )}
      {fresh && session && shown && view && (
        <>
          <section
            ref={resultRef}
            aria-labelledby="result-heading"
            className={`${PANEL} flex scroll-mt-20 flex-wrap items-start gap-4`}
          >
            <RunSummary
              result={fresh.result}
              imageName={fresh.imageName}
              runId={fresh.runId}
              session={session}
              modelTitle={title}
            />
            {opened && (
              <p
                className="basis-full text-xs text-slate-500 dark:text-slate-400"
                data-testid="layer-open-ms"
                data-ms={opened.ms.toFixed(1)}
              >
                This layer opened in {opened.ms.toFixed(0)} ms (from the run already made, no new
                inference).
              </p>
            )}
          </section>
          <section
            ref={layerRef}
            aria-label={`Layer ${shown.path}`}
            aria-busy={opened === null}
            className={`${PANEL} scroll-mt-16 pt-0`}
          >
            <LayerStepper
              index={layerIndex}
              count={session.layers.length}
              path={session.layers[layerIndex]?.path ?? ""}
              onSelect={chooseLayer}
            />
            <LayerView
              version={findModel(modelId)?.version ?? ""}
              architecture={engine?.model ?? ""}
              layer={shown}
              run={
                fresh.result.layers[shownIndex] ?? {
                  index: shownIndex,
                  stats: { count: 0, min: 0, max: 0, mean: 0, zeroFraction: 0 },
                  histogram: { lo: 0, hi: 1, counts: [0] },
                }
              }
              detail={ready?.detail ?? null}
              channel={shownCh}
              onChannel={setChannel}
              byStrength={byStrength}
              onByStrength={setByStrength}
              view={view}
              modelName={title}
            />
            {timing.state.status === "done" && (
              <LayerTimingLine report={timing.state.report} nodeLabel={shown.path} />
            )}
            {pair && shown && (
              <div className="mt-6 border-t border-slate-200 pt-4 dark:border-slate-800">
                <WidthPairPanel
                  pair={pair}
                  layerPath={shown.path}
                  family={`MobileNet${(findModel(modelId)?.version ?? "").toUpperCase()}`}
                  onOpen={openWidth}
                />
              </div>
            )}
            {worker.detail.status === "error" && (
              <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
                {worker.detail.message}
              </p>
            )}
          </section>
          <section aria-labelledby="table-heading" className={`${PANEL} space-y-3`}>
            <h2 id="table-heading" className="text-lg font-semibold">
              Every layer for this photo
            </h2>
            <LayerTable
              layers={session.layers}
              stats={fresh.result.layers}
              selected={layerIndex}
              onSelect={chooseLayer}
              fileStem={modelId}
            />
          </section>
        </>
      )}
      <InsideLayerTiming
        timing={timing}
        spec={spec}
        engine={engine}
        layerPaths={sessionLayers}
        selectedPath={layer?.path ?? null}
        onSelectLayer={selectLayer}
      />
    </div>
  );
});
