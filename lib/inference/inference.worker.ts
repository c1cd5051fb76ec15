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
import { resolveAuto, type AutoOutcome } from "./auto-backend";
import { asInferenceError, InferenceError } from "./errors";
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
import { warmUntilSteady } from "@/lib/stats/steady-state";
import { timeSteady } from "./steady-timing";
import type { WarmUp } from "@/lib/stats/steady-state";
import type { WebGpuAdapterProbe } from "./webgpu-adapter";
import { probeWebGpuAdapter } from "./webgpu-adapter";

type Session = Awaited<ReturnType<Ort["InferenceSession"]["create"]>>;

/** Warm-up per session key, recorded once it finished (steady or capped). */
const warmUps = new Map<string, WarmUp>();
/** Requests received but not started: a preload's warm-up stops for them. */
let queued = 0;

interface Loaded {
  readonly key: string;
  /** The ORT build the session belongs to (its tensors must come from the same one). */
  readonly ort: Ort;
  readonly session: Session;
  readonly info: Omit<SessionInfo, "warmUp">;
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
void startWasmRuntime(configureOrt());
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

/** A forced backend, or a clear error when WebGPU was forced where there is none. */
async function resolveForced(choice: Backend): Promise<Backend> {
  if (choice === "wasm") return "wasm";
  const gpu = await probeWebGpu();
  if (gpu.available) return "webgpu";
  throw new InferenceError(
    "webgpu-unavailable",
    `WebGPU was chosen, but ${gpu.description}. Choose WASM or Auto; WASM works everywhere.`,
  );
}

/** Auto's backend for this model: never a software adapter; else remembered, or both timed once. */
function resolveAutoFor(
  id: number,
  model: ModelSpec,
  remembered: AutoTiming | null,
): Promise<AutoOutcome> {
  return resolveAuto(
    {
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
      now: () => performance.now(),
    },
    remembered,
  );
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
  await session.run(dummyInput(ort, model));
  const firstInferenceMs = performance.now() - t0;
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
  return { key, ort, session, info };
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
  const warmUp = await warmUntilSteady(
    async () => {
      // onnxruntime-web's WASM run finishes without a macrotask, so incoming messages (and with
      // them `queued`) are only seen if the loop yields to the event loop between runs.
      if (interruptible) await yieldToEvents();
      const r0 = performance.now();
      await loaded.session.run(feeds);
      return performance.now() - r0;
    },
    undefined,
    interruptible ? () => queued > 0 : undefined,
  );
  if (warmUp.state !== "interrupted") warmUps.set(loaded.key, warmUp);
  return warmUp;
}

/** Lets pending messages be dispatched (a MessageChannel round trip: no timer clamping). */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
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
): Promise<Loaded> {
  const key = `${model.id}|${backend}`;
  let loading = sessions.get(key);
  if (!loading) {
    loading = createSession(key, id, model, choice, backend);
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
  loading?.then((l) => l.session.release()).catch(() => undefined);
}

/** The session the choice resolves to, with why Auto picked it when the choice was Auto. */
async function getSession(
  id: number,
  model: ModelSpec,
  choice: BackendChoice,
  rememberedAuto: AutoTiming | null = null,
): Promise<Loaded> {
  const auto = choice === "auto" ? await resolveAutoFor(id, model, rememberedAuto) : null;
  const backend = choice === "auto" ? (auto?.backend ?? "wasm") : await resolveForced(choice);
  const loaded = await cachedSession(id, model, choice, backend);
  // Auto on WASM without a timing (no adapter, a software one, WebGPU failed) is a fallback, said as such.
  const autoFallback = auto && auto.backend === "wasm" && !auto.timing ? auto.reason : null;
  const fallback = loaded.info.fallback ?? autoFallback;
  return {
    key: loaded.key,
    ort: loaded.ort,
    session: loaded.session,
    info: {
      ...loaded.info,
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
): Promise<{ image: Awaited<ReturnType<typeof decodeImage>>; ms: number }> {
  const t0 = performance.now();
  const decoding = decodeImage(blob).then((image) => ({ image, ms: performance.now() - t0 }));
  decoding.catch(() => undefined); // reported when awaited, after any session error
  return decoding;
}

async function classify(req: Extract<WorkerRequest, { type: "classify" }>): Promise<void> {
  const decoding = startDecoding(req.image);
  const loaded = await getSession(req.id, req.model, req.backend, req.rememberedAuto);
  const { ort, session, info } = loaded;
  post({ type: "stage", id: req.id, stage: "preprocessing" });
  const { image, ms: decodeMs } = await decoding;
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
      `${req.model.id} failed while running on ${info.backend.toUpperCase()}: ${(err as Error).message}`,
    );
  let logits: Float32Array | undefined;
  try {
    logits = (await session.run(feeds))[req.model.outputName]?.data as Float32Array | undefined;
  } catch (err) {
    throw fail(err);
  }
  if (!logits)
    throw new InferenceError(
      "inference-failed",
      `${req.model.id} returned no "${req.model.outputName}" output.`,
    );
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
  const warm = await ensureWarm(req.id, loaded, dummyInput(loaded.ort, req.model), true);
  return withWarmUp(loaded.info, warm.state === "interrupted" ? null : warm);
}

/** A request that waits its turn: everything but a prefetch, which starts at once. */
type QueuedRequest = Exclude<WorkerRequest, { type: "prefetch" }>;

async function handle(req: QueuedRequest): Promise<void> {
  try {
    if (req.type === "probe") post({ type: "probe", id: req.id, env: await runtimeEnv() });
    else if (req.type === "load") post({ type: "ready", id: req.id, session: await load(req) });
    else await classify(req);
  } catch (err) {
    const e = asInferenceError(err);
    post({ type: "error", id: req.id, code: e.code, message: e.message });
  }
}

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  // Not queued: it only starts a download, which must not wait for anything.
  if (req.type === "prefetch") return prefetchModel(req.model, req.prepared);
  queued += 1;
  queue = queue.then(() => {
    queued -= 1;
    return handle(req);
  });
};
