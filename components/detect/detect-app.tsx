"use client";
/* eslint-disable @next/next/no-img-element -- the user's own photo, an object URL: nothing to optimise */

import { useCallback, useEffect, useRef, useState } from "react";
import { BackendPicker } from "@/components/classify/backend-picker";
import { formatMs } from "@/components/classify/format";
import { ImagePicker } from "@/components/classify/image-picker";
import { SampleGallery } from "@/components/classify/sample-gallery";
import { LabeledSlider } from "@/components/ui/labeled-slider";
import { SegmentedRadio } from "@/components/ui/segmented-radio";
import { DetectClient } from "@/lib/detect/detect-client";
import type { DetectEnv, DetectResult, Timing } from "@/lib/detect/protocol";
import {
  DEEPLAB_IDS,
  SSD_ID,
  findTaskModel,
  shortName,
  type DeeplabId,
} from "@/lib/detect/task-models";
import { ERROR_TITLES, InferenceError, SETUP_HINT } from "@/lib/inference/errors";
import type { SamplePhoto } from "@/lib/inference/installed-assets";
import type { BackendChoice } from "@/lib/inference/protocol";
import { Overlay } from "./overlay";
import { ClassesFound, DetectionList } from "./result-lists";
import { useLiveDetect } from "./use-live-detect";
import { DataTable, type Column } from "@/components/ui/data-table";

type Mode = "objects" | "pixels";

type RunState =
  | { readonly status: "idle" | "done" }
  | { readonly status: "busy"; readonly text: string }
  | { readonly status: "error"; readonly title: string; readonly message: string };

const STAGE_TEXT = {
  downloading: "Downloading the model…",
  "creating-session": "Creating the session…",
  "choosing-backend": "Auto is timing WebGPU against WASM on this device (once per model)…",
  running: "Running the model…",
  timing: "Timing: warming up until run times are steady, then a batch of runs…",
} as const;

/** Fewer timed runs for the big segmenter: each run is hundreds of ms on WASM. */
function timedRunsFor(modelId: string): number {
  return modelId === "deeplabv3-mobilenet-v2-513" ? 5 : 10;
}

interface Photo {
  readonly blob: Blob;
  readonly url: string;
  readonly name: string;
}

export function DetectApp({
  installed,
  samples,
}: {
  readonly installed: readonly string[];
  readonly samples: readonly SamplePhoto[];
}) {
  const [client, setClient] = useState<DetectClient | null>(null);
  const clientRef = useRef<DetectClient | null>(null);
  const [videoEl, setVideoEl] = useState<HTMLVideoElement | null>(null);
  const [env, setEnv] = useState<DetectEnv | null>(null);
  const [mode, setMode] = useState<Mode>("objects");
  const [deeplab, setDeeplab] = useState<DeeplabId>("deeplabv3-mobilenet-v2-257");
  const [backend, setBackend] = useState<BackendChoice>("auto");
  const [photo, setPhoto] = useState<Photo | null>(null);
  const [result, setResult] = useState<DetectResult | null>(null);
  const [timing, setTiming] = useState<Timing | null>(null);
  const [run, setRun] = useState<RunState>({ status: "idle" });
  const [threshold, setThreshold] = useState(0.5);
  const [opacity, setOpacity] = useState(0.6);
  /** Steady-state medians so far, per model and backend, for the side-by-side table. */
  const [medians, setMedians] = useState<Record<string, number>>({});
  const request = useRef(0);

  const modelId = mode === "objects" ? SSD_ID : deeplab;
  const model = findTaskModel(modelId);
  const missing = !installed.includes(modelId);
  const live = useLiveDetect(client, modelId, backend, videoEl);

  useEffect(() => {
    const c = new DetectClient();
    clientRef.current = c;
    queueMicrotask(() => setClient(c));
    c.probe()
      .then(setEnv)
      .catch(() => undefined);
    return () => {
      clientRef.current = null;
      c.terminate();
    };
  }, []);

  useEffect(
    () => () => {
      if (photo) URL.revokeObjectURL(photo.url);
    },
    [photo],
  );

  const detect = useCallback(
    async (p: Photo, id: string, choice: BackendChoice) => {
      const client = clientRef.current;
      if (!client || !installed.includes(id)) return;
      const mine = ++request.current;
      setRun({ status: "busy", text: "Decoding the photo…" });
      setTiming(null);
      try {
        const { timing: t, result: r } = await client.photo(id, choice, p.blob, timedRunsFor(id), {
          onStage: (stage) =>
            mine === request.current && setRun({ status: "busy", text: STAGE_TEXT[stage] }),
          onProgress: (loaded, total) =>
            mine === request.current &&
            setRun({
              status: "busy",
              text: `Downloading ${id}: ${(loaded / 1e6).toFixed(1)}${total ? ` of ${(total / 1e6).toFixed(1)}` : ""} MB`,
            }),
          onResult: (r) => {
            if (mine !== request.current) return;
            setResult(r);
            setRun({ status: "busy", text: STAGE_TEXT.timing });
          },
        });
        if (mine !== request.current) return;
        setTiming(t);
        if (t.state === "done")
          setMedians((m) => ({ ...m, [`${r.modelId}|${r.session.backend}`]: t.medianMs }));
        setRun({ status: "done" });
      } catch (err) {
        if (mine !== request.current) return;
        const e =
          err instanceof InferenceError ? err : new InferenceError("inference-failed", String(err));
        setResult(null);
        setRun({ status: "error", title: ERROR_TITLES[e.code], message: e.message });
      }
    },
    [installed],
  );

  /** A new model or backend runs the photo again (not during live mode: the next frame uses it). */
  const rerun = (nextModel: string, nextBackend: BackendChoice) => {
    if (photo && live.status !== "running") void detect(photo, nextModel, nextBackend);
  };
  const changeMode = (m: Mode) => {
    setMode(m);
    rerun(m === "objects" ? SSD_ID : deeplab, backend);
  };
  const changeDeeplab = (id: DeeplabId) => {
    setDeeplab(id);
    rerun(id, backend);
  };
  const changeBackend = (b: BackendChoice) => {
    setBackend(b);
    rerun(modelId, b);
  };

  const stopLive = live.stop;
  const pick = useCallback(
    (blob: Blob, name: string) => {
      stopLive();
      setResult(null);
      const p = { blob, url: URL.createObjectURL(blob), name };
      setPhoto(p);
      void detect(p, modelId, backend);
    },
    [stopLive, detect, modelId, backend],
  );

  const pickSample = useCallback(
    async (s: SamplePhoto) => {
      try {
        const res = await fetch(s.src);
        pick(await res.blob(), s.file);
      } catch {
        setRun({ status: "error", title: "Sample not found", message: `Could not load ${s.src}.` });
      }
    },
    [pick],
  );

  const shown =
    live.status === "running" ? live.result : result?.modelId === modelId ? result : null;

  return (
    <div className="mt-6 space-y-6">
      <div className="flex flex-wrap items-start gap-x-8 gap-y-4">
        <fieldset>
          <legend className="text-sm font-semibold">
            Find{" "}
            <span className="font-normal text-slate-500 dark:text-slate-400">
              (objects: SSD boxes; pixels: a DeepLab mask)
            </span>
          </legend>
          <SegmentedRadio
            name="mode"
            value={mode}
            options={[
              { value: "objects", label: "Objects" },
              { value: "pixels", label: "Pixels" },
            ]}
            onChange={changeMode}
          />
        </fieldset>
        {mode === "pixels" && (
          <fieldset>
            <legend className="text-sm font-semibold">DeepLab size</legend>
            <SegmentedRadio
              name="deeplab-size"
              value={deeplab}
              options={DEEPLAB_IDS.map((id) => {
                const m = findTaskModel(id);
                const alpha = m?.engine.alpha === 1 ? "1.0" : m?.engine.alpha;
                return {
                  value: id,
                  label: (
                    <>
                      {m?.engine.resolution} px · α {alpha}
                    </>
                  ),
                };
              })}
              onChange={changeDeeplab}
            />
          </fieldset>
        )}
        <BackendPicker
          value={backend}
          onChange={changeBackend}
          env={env}
          autoReason={shown?.session.requested === "auto" ? shown.session.note : null}
          disabled={live.status === "running"}
        />
      </div>

      {missing && (
        <div role="alert" data-testid="model-missing" className={WARN}>
          <p className="font-semibold">Model file missing</p>
          <p className="mt-1">
            {model?.title ?? modelId} is not installed, so this mode cannot run. {SETUP_HINT} The
            other mode and the cost comparison below still work.
          </p>
        </div>
      )}

      <section aria-label="Your photo" className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-3">
          <ImagePicker onImage={pick} disabled={missing || live.status === "running"} />
          <SampleGallery
            samples={samples}
            onPick={(s) => void pickSample(s)}
            disabled={missing || live.status === "running"}
            action="Detect on"
          />
        </div>
        <div className="space-y-2 self-start rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <h2 className="font-semibold">Live webcam</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Runs the model on the camera continuously. A frame that arrives while the model is busy
            is dropped, never queued.
          </p>
          {live.status === "running" || live.status === "starting" ? (
            <button type="button" onClick={live.stop} className={BUTTON_DARK}>
              Stop live webcam
            </button>
          ) : (
            <button
              type="button"
              onClick={() => void live.start()}
              disabled={missing || !client}
              className={BUTTON}
            >
              Start live webcam
            </button>
          )}
          {live.status === "running" && (
            <p
              className="font-mono text-sm tabular-nums"
              data-testid="live-stats"
              data-frames={live.stats.frames}
            >
              {live.stats.fps.toFixed(1)} frames/s · {formatMs(live.stats.msPerFrame)} per frame ·{" "}
              {live.stats.frames} frames · {live.stats.dropped} dropped
            </p>
          )}
          {live.error && (
            <p role="alert" className="text-sm text-amber-800 dark:text-amber-300">
              {live.error}
            </p>
          )}
        </div>
      </section>

      <div
        aria-live="polite"
        data-testid="status"
        data-status={run.status}
        className="min-h-6 text-sm"
      >
        {run.status === "busy" && <p className="text-slate-600 dark:text-slate-400">{run.text}</p>}
      </div>
      {run.status === "error" && (
        <div role="alert" data-testid="error" className={ERROR}>
          <p className="font-semibold">{run.title}</p>
          <p className="mt-1">{run.message}</p>
        </div>
      )}

      {(photo || live.status !== "off") && (
        <section aria-label="Result" className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div>
            <Overlay
              detections={
                shown?.detections ? shown.detections.filter((d) => d.score >= threshold) : null
              }
              segmentation={shown?.segmentation ?? null}
              opacity={opacity}
            >
              {live.status === "off" || live.status === "error"
                ? photo && (
                    <img
                      src={photo.url}
                      alt={`Your photo: ${photo.name}`}
                      className="block h-auto max-h-[70vh] w-auto max-w-full rounded-lg"
                    />
                  )
                : null}
              <video
                ref={setVideoEl}
                muted
                playsInline
                aria-label="Live webcam"
                className={
                  live.status === "running" || live.status === "starting"
                    ? "block max-h-[70vh] w-auto max-w-full rounded-lg"
                    : "hidden"
                }
              />
            </Overlay>
          </div>
          <div className="space-y-4">
            {/* Boxes are filtered by score; a mask is only see-through. Keyed, so each is its own input. */}
            <LabeledSlider
              key={mode}
              {...(mode === "objects"
                ? { label: "Score threshold", value: threshold, min: 0.05, max: 0.95 }
                : { label: "Mask opacity", value: opacity, min: 0, max: 1 })}
              step={0.05}
              onChange={mode === "objects" ? setThreshold : setOpacity}
              format={(v) => `${(v * 100).toFixed(0)} %`}
            />
            {shown?.detections && (
              <DetectionList detections={shown.detections} threshold={threshold} />
            )}
            {shown?.segmentation && <ClassesFound classes={shown.segmentation.classes} />}
            {shown && (
              <RunFacts result={shown} timing={live.status === "running" ? null : timing} />
            )}
          </div>
        </section>
      )}

      {Object.keys(medians).length > 0 && <MedianTable medians={medians} />}
    </div>
  );
}

function RunFacts({
  result,
  timing,
}: {
  readonly result: DetectResult;
  readonly timing: Timing | null;
}) {
  const s = result.session;
  return (
    <div className="space-y-1 text-sm text-slate-600 dark:text-slate-400" data-testid="run-facts">
      <p>
        On <strong>{s.backend === "webgpu" ? "WebGPU" : "WASM"}</strong>
        {s.note ? ` — ${s.note}` : ""}
      </p>
      <p>
        This image: {formatMs(result.preprocessMs)} to resize, {formatMs(result.inferenceMs)} to
        run, {formatMs(result.postprocessMs)} to{" "}
        {result.task === "detection" ? "decode boxes and NMS" : "upsample, arg-max and colour"}.
      </p>
      {timing?.state === "done" && (
        <p data-testid="steady-timing">
          Steady state: median {formatMs(timing.medianMs)} over {timing.runsMs.length} runs (
          {formatMs(Math.min(...timing.runsMs))}–{formatMs(Math.max(...timing.runsMs))}), after{" "}
          {timing.warmUp?.runs ?? 0} warm-up runs
          {timing.warmUp?.state === "capped" ? " (capped: times still moving)" : ""}.
        </p>
      )}
    </div>
  );
}

interface MedianRow {
  readonly key: string;
  readonly id: string;
  readonly model: ReturnType<typeof findTaskModel>;
  readonly backend: string | undefined;
  readonly ms: number;
}

const MEDIAN_COLUMNS: readonly Column<MedianRow>[] = [
  { id: "model", header: "Model", cell: (r) => (r.model ? shortName(r.model) : r.id) },
  {
    id: "backend",
    header: "Backend",
    mono: true,
    cell: (r) => (r.backend === "webgpu" ? "WebGPU" : "WASM"),
  },
  {
    id: "macs",
    header: "MACs",
    numeric: true,
    mono: true,
    cell: (r) => (r.model ? `${(r.model.macs / 1e6).toFixed(0)} M` : "–"),
  },
  { id: "ms", header: "ms", numeric: true, mono: true, cell: (r) => formatMs(r.ms) },
];

function MedianTable({ medians }: { readonly medians: Readonly<Record<string, number>> }) {
  return (
    <section aria-label="Your runs on this device">
      <h2 className="text-sm font-semibold">Your runs on this device (steady-state medians)</h2>
      <DataTable
        fullWidth={false}
        columns={MEDIAN_COLUMNS}
        rows={Object.entries(medians).map(([key, ms]) => {
          const [id = "", backend] = key.split("|");
          return { key, id, model: findTaskModel(id), backend, ms };
        })}
        rowKey={(r) => r.key}
        headerTone="muted"
        scrollClassName="mt-2"
      />
    </section>
  );
}

const BUTTON =
  "rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800";
const BUTTON_DARK =
  "rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white dark:bg-white dark:text-slate-900";
const WARN =
  "rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100";
const ERROR =
  "rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-100";
