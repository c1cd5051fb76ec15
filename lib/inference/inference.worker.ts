/// <reference lib="webworker" />
/**
 * The inference worker: a thin shell over model-store, decode-image, preprocess and postprocess.
 * One session per (model, backend), created once and reused, and warmed until its run times are
 * steady before "ready" (lib/stats/steady-state). Each request then runs once untimed (the first
 * run after idle time and after the page re-rendered for the new request), times a batch and
 * posts once, so the page does no rendering while runs are timed.
 * Requests are handled one at a time, because an ORT session cannot run two inferences at once.
 */
import { deviceKey, type AutoTiming } from "@/lib/backend-choice/auto-choice";
import { resolveAuto, type AutoOutcome } from "./auto-backend";
import { InferenceError } from "./errors";
import { loadModelBytes } from "./model-store";
import { decodeImage } from "./decode-image";
import { configureOrt, ortFor, prefetchWasmRuntime } from "./ort-env";
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
import type { WebGpuAdapterProbe } from "./webgpu-adapter";
import { probeWebGpuAdapter } from "./webgpu-adapter";

type Session = Awaited<ReturnType<Ort["InferenceSession"]["create"]>>;

interface Loaded {
  /** The ORT build the session belongs to (its tensors must come from the same one). */
  readonly ort: Ort;
  readonly session: Session;
  readonly info: SessionInfo;
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
  id: number,
  model: ModelSpec,
  choice: BackendChoice,
  resolved: Backend,
): Promise<Loaded> {
  const ortLoading = ortFor(resolved); // the WebGPU build's script loads while the model downloads
  if (resolved === "wasm") prefetchWasmRuntime();
  let backend = resolved;
  let fallback: string | null = null;
  const stored = await loadModelBytes(
    model,
    resolved,
    (loaded, total) => post({ type: "progress", id, modelId: model.id, loaded, total }),
    () => post({ type: "stage", id, stage: "verifying" }),
  );
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
  post({ type: "stage", id, stage: "warming-up" });
  const feeds = dummyInput(ort, model);
  await session.run(feeds);
  const firstInferenceMs = performance.now() - t0;
  const warmUp = await warmUntilSteady(async () => {
    const r0 = performance.now();
    await session.run(feeds);
    return performance.now() - r0;
  });
  const info: SessionInfo = {
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
    warmUp,
  };
  return { ort, session, info };
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
    loading = createSession(id, model, choice, backend);
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

async function classify(req: Extract<WorkerRequest, { type: "classify" }>): Promise<void> {
  const { ort, session, info } = await getSession(
    req.id,
    req.model,
    req.backend,
    req.rememberedAuto,
  );
  post({ type: "stage", id: req.id, stage: "preprocessing" });
  const t0 = performance.now();
  const image = await decodeImage(req.image);
  const { tensor, crop, plan } = preprocessRgba(
    image.rgba,
    image.width,
    image.height,
    req.model.preprocessing,
  );
  const preprocessMs = performance.now() - t0;
  // The last message before the timed batch: the re-render it causes overlaps the untimed run.
  post({ type: "stage", id: req.id, stage: "running" });
  const feeds = {
    [req.model.inputName]: new ort.Tensor("float32", tensor, [1, 3, plan.size, plan.size]),
  };
  const runs = Math.max(1, Math.min(50, Math.round(req.timedRuns || DEFAULT_TIMED_RUNS)));
  const runsMs: number[] = [];
  let logits: Float32Array | undefined;
  try {
    logits = (await session.run(feeds))[req.model.outputName]?.data as Float32Array;
    for (let i = 0; i < runs; i++) {
      const r0 = performance.now();
      const out = await session.run(feeds);
      runsMs.push(performance.now() - r0);
      logits = out[req.model.outputName]?.data as Float32Array;
    }
  } catch (err) {
    throw new InferenceError(
      "inference-failed",
      `${req.model.id} failed while running on ${info.backend.toUpperCase()}: ${(err as Error).message}`,
    );
  }
  if (!logits)
    throw new InferenceError(
      "inference-failed",
      `${req.model.id} returned no "${req.model.outputName}" output.`,
    );
  post(
    {
      type: "result",
      id: req.id,
      result: {
        modelId: req.model.id,
        backend: info.backend,
        top5: topK(softmax(logits), 5),
        runsMs,
        medianMs: median(runsMs),
        preprocessMs,
        imageWidth: image.originalWidth,
        imageHeight: image.originalHeight,
        crop,
        cropSize: plan.size,
        session: info,
      },
    },
    [crop.buffer],
  );
}

async function handle(req: WorkerRequest): Promise<void> {
  try {
    if (req.type === "probe") post({ type: "probe", id: req.id, env: await runtimeEnv() });
    else if (req.type === "load")
      post({
        type: "ready",
        id: req.id,
        session: (await getSession(req.id, req.model, req.backend, req.rememberedAuto)).info,
      });
    else await classify(req);
  } catch (err) {
    const e =
      err instanceof InferenceError
        ? err
        : new InferenceError(
            "inference-failed",
            `Something went wrong: ${(err as Error)?.message ?? String(err)}`,
          );
    post({ type: "error", id: req.id, code: e.code, message: e.message });
  }
}

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  queue = queue.then(() => handle(event.data));
};
