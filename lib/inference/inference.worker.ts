/// <reference lib="webworker" />
/**
 * The inference worker: a thin shell over model-store, decode-image, preprocess and postprocess.
 * One session per (model, backend), created once and reused. A request's first run gives its top-5
 * at once ("prediction"); then, while the page renders it, the session is warmed until its run
 * times are steady (lib/stats/steady-state: fully once per session, which a preload does while the
 * page is idle, and again per request after idle time, by the same rule), a batch is timed and posted once
 * ("result"), so the page does no rendering while runs are timed. A preload's warm-up gives way as soon as a request arrives.
 * Requests are handled one at a time, because an ORT session cannot run two inferences at once.
 */
import { deviceKey, type AutoTiming } from "@/lib/backend-choice/auto-choice";
import { chooseBackend, type AutoSessions } from "./auto-backend";
import { InferenceError } from "./errors";
import { errorReply } from "./serve-in-order";
import { loadModelBytes, readPreparedIndex } from "./model-store";
import { prefetchModel, takePrefetched } from "./model-prefetch";
import { decodeImage } from "./decode-image";
import { configureOrt, ortFor } from "./ort-env";
import { startWasmRuntime } from "./runtime-start";
import type { Ort } from "./ort-env";
import { median, softmax, topK } from "./postprocess";
import { preprocessRgba } from "./preprocess";
import type {
  Backend,
  BackendChoice,
  ModelSpec,
  RuntimeEnv,
  SessionInfo,
  WorkerRequest,
  WorkerResponse,
} from "./protocol";
import { DEFAULT_TIMED_RUNS, sessionOptions } from "./session-options";
import { timeSteady, warmRuntime } from "./steady-timing";
import type { WarmUp } from "@/lib/stats/steady-state";
import type { WebGpuAdapterProbe } from "./webgpu-adapter";
import { probeWebGpuAdapter } from "./webgpu-adapter";
import {
  claimFirstPrediction,
  currentReport,
  noteRuntime,
  noteSpan,
} from "@/lib/startup/worker-spans";
import type { Span } from "@/lib/startup/waterfall";
import { yieldToEvents } from "./yield-to-events";

type Session = Awaited<ReturnType<Ort["InferenceSession"]["create"]>>;

/** Warm-up per session key, recorded once it finished (steady or capped). */
const warmUps = new Map<string, WarmUp>();
/** The first complete warm-up per session key, worker clock (for the startup waterfall). */
const warmSpans = new Map<string, Span>();
/**
 * Sessions made while a photo was already waiting: their first (cold) run is that photo's, not a
 * dummy one, so its top-5 comes a whole cold run sooner. Holds the key until that run has happened.
 */
const coldRunPending = new Set<string>();
/** The cold first run of such a session, once it happened (session start → its end, and its span). */
const coldRuns = new Map<string, { readonly firstInferenceMs: number; readonly span: Span }>();
/** Classify requests received but not started (a preload leaves the cold run to them). */
let queuedPhotos = 0;
/** Requests received but not started: a preload's warm-up stops for them. */
let queued = 0;

interface Loaded {
  readonly key: string;
  /** The ORT build the session belongs to (its tensors must come from the same one). */
  readonly ort: Ort;
  readonly session: Session;
  readonly info: Omit<SessionInfo, "warmUp">;
  /** When its model was loaded, the session made and first run, worker clock. */
  readonly spans: { readonly model?: Span; readonly session: Span; readonly firstRun?: Span };
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
const sessions = new Map<string, Promise<Loaded>>();
let adapterProbe: Promise<WebGpuAdapterProbe> | undefined;

function post(msg: WorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

function probeWebGpu(): Promise<WebGpuAdapterProbe> {
  adapterProbe ??= probeWebGpuAdapter(navigator);
  return adapterProbe;
}

function simdSupported(): boolean {
  // The smallest module using a v128 instruction (i8x16.splat); validate() is synchronous and cheap.
  const bytes = new Uint8Array([
    0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253,
    15, 253, 98, 11,
  ]);
  return WebAssembly.validate(bytes);
}

// From the first moment: onnxruntime's WASM runtime (fetching and compiling its 14 MB .wasm,
// starting its threads) and the index of prepared models, while the page is still hydrating. Every
// device needs the WASM runtime at least once (WASM sessions, and Auto, which times both backends
// the first time); only a forced WebGPU session on a GPU would not.
void startWasmRuntime(configureOrt()).then(() => noteRuntime(performance.now()));
void readPreparedIndex();

async function runtimeEnv(): Promise<RuntimeEnv> {
  const ort = configureOrt();
  const gpu = await probeWebGpu();
  const threads = ort.env.wasm.numThreads ?? 1;
  const ortVersion = ort.env.versions.web ?? "unknown";
  return {
    crossOriginIsolated: self.crossOriginIsolated === true,
    threads,
    simd: simdSupported(),
    webgpuAdapter: gpu.available,
    webgpuDescription: gpu.description,
    webgpuSoftwareName: gpu.softwareName,
    deviceKey: deviceKey({ adapterIdentity: gpu.identity, threads, ortVersion }),
    ortVersion,
  };
}

/** Auto's sessions for this model: created (or reused) on either backend, run once, released. */
function autoSessions(id: number, model: ModelSpec): AutoSessions {
  return {
    adapter: probeWebGpu,
    prepare: async (backend) => {
      await cachedSession(id, model, backend, backend);
      post({ type: "stage", id, stage: "choosing-backend" });
    },
    runOnce: async (backend) => {
      const { ort, session } = await cachedSession(id, model, backend, backend);
      await session.run(dummyInput(ort, model));
    },
    release: (backend) => releaseSession(model, backend),
  };
}

function dummyInput(ort: Ort, model: ModelSpec) {
  const s = model.preprocessing.center_crop;
  return {
    [model.inputName]: new ort.Tensor("float32", new Float32Array(3 * s * s), [1, 3, s, s]),
  };
}

async function createSession(
  key: string,
  id: number,
  model: ModelSpec,
  choice: BackendChoice,
  resolved: Backend,
  photoNext: boolean,
): Promise<Loaded> {
  const ortLoading = ortFor(resolved); // the WebGPU build's script loads while the model downloads
  let backend = resolved;
  let fallback: string | null = null;
  const listeners = {
    onProgress: (loaded: number, total: number | null) =>
      post({ type: "progress", id, modelId: model.id, loaded, total }),
    onVerify: () => post({ type: "stage", id, stage: "verifying" }),
  };
  const stored =
    (resolved === "wasm" ? await takePrefetched(model, listeners) : null) ??
    (await loadModelBytes(model, listeners.onProgress, listeners.onVerify, {
      preferPrepared: resolved === "wasm",
    }));
  post({ type: "stage", id, stage: "creating-session" });
  let ort = await ortLoading;
  const t0 = performance.now();
  let session: Session;
  try {
    session = await ort.InferenceSession.create(
      stored.bytes,
      sessionOptions(backend, stored.format),
    );
  } catch (err) {
    if (backend === "webgpu" && choice === "auto") {
      fallback = `Auto fell back to WASM: the WebGPU session failed (${(err as Error).message}).`;
      backend = "wasm";
      ort = await ortFor("wasm");
      session = await ort.InferenceSession.create(stored.bytes, sessionOptions("wasm", "onnx"));
    } else {
      throw new InferenceError(
        "session-create-failed",
        `Could not start ${model.id} on ${backend.toUpperCase()}: ${(err as Error).message}`,
      );
    }
  }
  const sessionCreateMs = performance.now() - t0;
  // A photo that is already waiting makes the cold first run itself (see coldRunPending).
  const coldByPhoto = photoNext || queuedPhotos > 0;
  if (coldByPhoto) coldRunPending.add(key);
  else await session.run(dummyInput(ort, model));
  const firstInferenceMs = coldByPhoto ? NaN : performance.now() - t0;
  const spans = {
    ...(stored.span ? { model: stored.span } : {}),
    session: { start: t0, end: t0 + sessionCreateMs },
    ...(coldByPhoto
      ? {}
      : { firstRun: { start: t0 + sessionCreateMs, end: t0 + firstInferenceMs } }),
  };
  const info: Omit<SessionInfo, "warmUp"> = {
    modelId: model.id,
    backend,
    requested: choice,
    fallback,
    fromCache: stored.fromCache,
    verified: stored.verified,
    modelFormat: stored.format,
    bytes: stored.bytes.length,
    downloadMs: stored.downloadMs,
    sessionCreateMs,
    firstInferenceMs,
    ...(backend === "wasm" ? { threads: ort.env.wasm.numThreads ?? 1 } : {}),
  };
  return { key, ort, session, info, spans };
}

/**
 * One run of the session. A session whose cold first run was left to a photo (coldRunPending)
 * records that run as its first: firstInferenceMs and the span the startup waterfall shows.
 */
async function runSession(loaded: Loaded, feeds: Parameters<Session["run"]>[0]) {
  const cold = coldRunPending.delete(loaded.key);
  const r0 = performance.now();
  const out = await loaded.session.run(feeds);
  const r1 = performance.now();
  if (cold)
    coldRuns.set(loaded.key, {
      firstInferenceMs: loaded.info.sessionCreateMs + (r1 - r0),
      span: { start: r0, end: r1 },
    });
  return { out, ms: r1 - r0, cold };
}

/** The session's info with its cold first run filled in once it happened. */
function infoOf(loaded: Loaded): Loaded["info"] {
  const cold = coldRuns.get(loaded.key);
  return cold ? { ...loaded.info, firstInferenceMs: cold.firstInferenceMs } : loaded.info;
}

/** The session's spans with its cold first run filled in once it happened. */
function spansOf(loaded: Loaded): Loaded["spans"] {
  const cold = coldRuns.get(loaded.key);
  return cold ? { ...loaded.spans, firstRun: cold.span } : loaded.spans;
}

/**
 * Warms the session until steady unless that already happened. `interruptible` (preloads): stops
 * when a request is waiting, leaving the warm-up to that request.
 */
async function ensureWarm(
  id: number,
  loaded: Loaded,
  feeds: Parameters<Session["run"]>[0],
  interruptible: boolean,
): Promise<WarmUp> {
  const done = warmUps.get(loaded.key);
  if (done) return done;
  post({ type: "stage", id, stage: "warming-up" });
  const w0 = performance.now();
  const warmUp = await warmRuntime(
    async () => {
      // onnxruntime-web's WASM run finishes without a macrotask, so incoming messages (and with
      // them `queued`) are only seen if the loop yields to the event loop between runs.
      if (interruptible) await yieldToEvents();
      return (await runSession(loaded, feeds)).ms;
    },
    undefined,
    interruptible ? () => queued > 0 : undefined,
  );
  if (warmUp.state !== "interrupted") {
    warmUps.set(loaded.key, warmUp);
    warmSpans.set(loaded.key, { start: w0, end: performance.now() });
  }
  return warmUp;
}

function withWarmUp(info: Loaded["info"], warmUp: WarmUp | null): SessionInfo {
  return { ...info, warmUp };
}

/** The session for (model, backend), created on first use and then reused. */
function cachedSession(
  id: number,
  model: ModelSpec,
  choice: BackendChoice,
  backend: Backend,
  photoNext = false,
): Promise<Loaded> {
  const key = `${model.id}|${backend}`;
  let loading = sessions.get(key);
  if (!loading) {
    loading = createSession(key, id, model, choice, backend, photoNext);
    sessions.set(key, loading);
    loading.catch(() => sessions.delete(key)); // a failed load can be retried
  }
  return loading;
}

/** Frees a session Auto timed but did not keep (a MobileNet session holds its weights). */
function releaseSession(model: ModelSpec, backend: Backend): void {
  const key = `${model.id}|${backend}`;
  const loading = sessions.get(key);
  sessions.delete(key);
  warmUps.delete(key);
  coldRunPending.delete(key);
  coldRuns.delete(key);
  loading?.then((l) => l.session.release()).catch(() => undefined);
}

/** The session the choice resolves to, with why Auto picked it when the choice was Auto. */
async function getSession(
  id: number,
  model: ModelSpec,
  choice: BackendChoice,
  rememberedAuto: AutoTiming | null = null,
  photoNext = false,
): Promise<Loaded> {
  const { backend, auto } = await chooseBackend(choice, rememberedAuto, autoSessions(id, model));
  const loaded = await cachedSession(id, model, choice, backend, photoNext);
  // Auto on WASM without a timing (no adapter, a software one, WebGPU failed) is a fallback, said as such.
  const autoFallback = auto && auto.backend === "wasm" && !auto.timing ? auto.reason : null;
  const fallback = loaded.info.fallback ?? autoFallback;
  return {
    key: loaded.key,
    ort: loaded.ort,
    session: loaded.session,
    spans: spansOf(loaded),
    info: {
      ...infoOf(loaded),
      requested: choice,
      fallback,
      ...(auto
        ? {
            auto: { reason: fallback ?? auto.reason, timing: auto.timing, timedNow: auto.timedNow },
          }
        : {}),
    },
  };
}

/** Decodes off the critical path: the browser decodes while the session is still being made. */
function startDecoding(
  blob: Blob,
): Promise<{ image: Awaited<ReturnType<typeof decodeImage>>; ms: number; span: Span }> {
  const t0 = performance.now();
  const decoding = decodeImage(blob).then((image) => {
    const end = performance.now();
    return { image, ms: end - t0, span: { start: t0, end } };
  });
  decoding.catch(() => undefined); // reported when awaited, after any session error
  return decoding;
}

/** Photos whose decode started when their request arrived, by request id (see onmessage). */
const decodings = new Map<number, ReturnType<typeof startDecoding>>();

async function classify(req: Extract<WorkerRequest, { type: "classify" }>): Promise<void> {
  const decoding = decodings.get(req.id) ?? startDecoding(req.image);
  decodings.delete(req.id);
  const loaded = await getSession(req.id, req.model, req.backend, req.rememberedAuto, true);
  const { ort, session } = loaded;
  post({ type: "stage", id: req.id, stage: "preprocessing" });
  const { image, ms: decodeMs, span: decodeSpan } = await decoding;
  const t0 = performance.now();
  const { tensor, crop, plan } = preprocessRgba(
    image.rgba,
    image.width,
    image.height,
    req.model.preprocessing,
  );
  // The decode's own time counts, although it overlapped the session's creation.
  const preprocessMs = decodeMs + performance.now() - t0;
  post({ type: "stage", id: req.id, stage: "running" });
  const feeds = {
    [req.model.inputName]: new ort.Tensor("float32", tensor, [1, 3, plan.size, plan.size]),
  };
  const runs = Math.max(1, Math.min(50, Math.round(req.timedRuns || DEFAULT_TIMED_RUNS)));
  const fail = (err: unknown) =>
    new InferenceError(
      "inference-failed",
      `${req.model.id} failed while running on ${loaded.info.backend.toUpperCase()}: ${(err as Error).message}`,
    );
  let logits: Float32Array | undefined;
  let photoWasCold = false;
  try {
    const run = await runSession(loaded, feeds);
    photoWasCold = run.cold;
    logits = run.out[req.model.outputName]?.data as Float32Array | undefined;
  } catch (err) {
    throw fail(err);
  }
  // Known now if this photo's run was the session's cold first one.
  const info = infoOf(loaded);
  const spans = spansOf(loaded);
  if (!logits)
    throw new InferenceError(
      "inference-failed",
      `${req.model.id} returned no "${req.model.outputName}" output.`,
    );
  const runEnd = performance.now();
  // The worker's first prediction explains its start: the spans of the session it actually used.
  const first = claimFirstPrediction();
  if (first) {
    if (spans.model) noteSpan("model", spans.model.start, spans.model.end);
    noteSpan("session", spans.session.start, spans.session.end);
    noteSpan("photo-decode", decodeSpan.start, decodeSpan.end);
    // The photo's run was the cold first one: one phase for both (the waterfall says so).
    if (photoWasCold) noteSpan("first-run", t0, runEnd);
    else {
      if (spans.firstRun) noteSpan("first-run", spans.firstRun.start, spans.firstRun.end);
      noteSpan("photo-run", t0, runEnd);
    }
    const warmedBefore = warmSpans.get(loaded.key);
    if (warmedBefore) noteSpan("warm-up", warmedBefore.start, warmedBefore.end);
  }
  const startupReport = (warm: WarmUp | null) =>
    first
      ? {
          startup: currentReport({
            backend: info.backend,
            modelFromCache: info.fromCache,
            modelBytes: info.bytes,
            warmUpRuns: warm?.runs ?? null,
          }),
        }
      : {};
  const base = {
    modelId: req.model.id,
    backend: info.backend,
    top5: topK(softmax(logits), 5),
    preprocessMs,
    imageWidth: image.originalWidth,
    imageHeight: image.originalHeight,
    cropSize: plan.size,
  };
  // The top-5 goes out now; the page renders it while the session warms up (untimed).
  post({
    type: "prediction",
    id: req.id,
    result: {
      ...base,
      crop: crop.slice(),
      runsMs: [],
      medianMs: NaN,
      timing: "pending",
      session: withWarmUp(info, warmUps.get(loaded.key) ?? null),
      ...startupReport(warmUps.get(loaded.key) ?? null),
    },
  });
  let runsMs: readonly number[] = [];
  let warmUp: WarmUp | null = null;
  // A newer request is already waiting: its page has moved on, so this one is not timed.
  const skip = queued > 0;
  if (!skip) {
    try {
      // A session warmed before has been idle since (even a few hundred ms lets its threads sleep):
      // re-warm it (the same rule) before every timed batch. Not on a software WebGPU adapter, whose times
      // are labelled as saying nothing about GPU speed and whose runs take seconds each.
      const software = info.backend === "webgpu" && (await probeWebGpu()).software;
      const known = warmUps.get(loaded.key);
      const run = () => session.run(feeds);
      // The one timing path (./steady-timing), as /model and the lab time.
      ({ warmUp, runsMs } = await timeSteady(run, runs, {
        warmUp:
          known && software
            ? known
            : known
              ? undefined
              : await ensureWarm(req.id, loaded, feeds, false),
      }));
      const warmSpan = warmSpans.get(loaded.key);
      if (first && warmSpan) noteSpan("warm-up", warmSpan.start, warmSpan.end);
    } catch (err) {
      throw fail(err);
    }
  }
  post(
    {
      type: "result",
      id: req.id,
      result: {
        ...base,
        crop,
        runsMs,
        medianMs: skip ? NaN : median(runsMs),
        timing: skip ? "skipped" : "done",
        session: withWarmUp(info, warmUp),
        ...startupReport(warmUp),
      },
    },
    [crop.buffer],
  );
}

/**
 * A preload: create the session, then warm it while nothing else is asked for. Skipped (null) when
 * other requests already wait: the page has moved on, and they must not queue behind it.
 */
async function load(req: Extract<WorkerRequest, { type: "load" }>): Promise<SessionInfo | null> {
  // Requests that arrived while the worker was busy are only counted once their events run.
  await yieldToEvents();
  if (queued > 0) return null;
  const loaded = await getSession(req.id, req.model, req.backend, req.rememberedAuto);
  await yieldToEvents();
  // A photo is waiting and will make the cold first run: this preload is done.
  if (coldRunPending.has(loaded.key) && queued > 0) return null;
  const warm = await ensureWarm(req.id, loaded, dummyInput(loaded.ort, req.model), true);
  return withWarmUp(infoOf(loaded), warm.state === "interrupted" ? null : warm);
}

/** A request that waits its turn: everything but a prefetch, which starts at once. */
type QueuedRequest = Exclude<WorkerRequest, { type: "prefetch" }>;

async function handle(req: QueuedRequest): Promise<void> {
  try {
    if (req.type === "probe") post({ type: "probe", id: req.id, env: await runtimeEnv() });
    else if (req.type === "load") post({ type: "ready", id: req.id, session: await load(req) });
    else await classify(req);
  } catch (err) {
    post(errorReply(req.id, err));
  }
}

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  // Not queued: it only starts a download, which must not wait for anything.
  if (req.type === "prefetch") return prefetchModel(req.model, req.prepared);
  // A photo picked while a preload still makes its session decodes now, not after that session.
  if (req.type === "classify") decodings.set(req.id, startDecoding(req.image));
  const photo = req.type === "classify";
  queued += 1;
  if (photo) queuedPhotos += 1;
  queue = queue.then(() => {
    queued -= 1;
    if (photo) queuedPhotos -= 1;
    return handle(req);
  });
};
