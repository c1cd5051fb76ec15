/// <reference lib="webworker" />
/**
 * The detect worker: a thin shell over lib/inference (ORT setup, verified model bytes, image decoding,
 * steady-state timing, Auto) and lib/detect's pure core (SSD decoding + NMS, segmentation arg-max,
 * shares and colours). Everything heavy happens here, so the page never blocks on a 513×513×21 tensor.
 * Requests run one at a time (an ORT session runs one inference at a time); the page sends a live
 * frame only when the previous one has come back, so frames are dropped on a slow device, never queued.
 */
import { deviceKey, type AutoTiming } from "@/lib/backend-choice/auto-choice";
import { chooseBackend } from "@/lib/inference/auto-backend";
import { decodeImage } from "@/lib/inference/decode-image";
import { InferenceError, SETUP_HINT } from "@/lib/inference/errors";
import { errorReply } from "@/lib/inference/serve-in-order";
import { loadModelBytes, sha256Hex } from "@/lib/inference/model-store";
import { configureOrt, ortFor, type Ort } from "@/lib/inference/ort-env";
import { median } from "@/lib/inference/postprocess";
import { toNchwFloat32 } from "@/lib/inference/preprocess";
import type { Backend, BackendChoice } from "@/lib/inference/protocol";
import { DEFAULT_TIMED_RUNS, sessionOptions } from "@/lib/inference/session-options";
import { probeWebGpuAdapter, type WebGpuAdapterProbe } from "@/lib/inference/webgpu-adapter";
import { STEADY_RULE, type WarmUp } from "@/lib/stats/steady-state";
import { warmRuntime } from "@/lib/inference/steady-timing";
import { CLASS_PALETTE, colourMask } from "./class-colours";
import { stretchToTensor } from "./preprocess-task";
import type {
  ClassFound,
  DetectEnv,
  DetectRequest,
  DetectResponse,
  DetectResult,
  Detection,
  SessionFacts,
} from "./protocol";
import { argmaxClasses, classShares, maskSize, upsampleArgmax } from "./segmentation";
import { clipBox, decodeSsd } from "./ssd-decode";
import { findTaskModel, taskFile, type TaskModel } from "./task-models";

type Session = Awaited<ReturnType<Ort["InferenceSession"]["create"]>>;

interface Loaded {
  readonly key: string;
  readonly ort: Ort;
  readonly session: Session;
  readonly backend: Backend;
  readonly sessionCreateMs: number;
  readonly fromCache: boolean;
  readonly fallback: string | null;
}

/** The longer side of a mask for a photo, and for a live frame (cheaper, redrawn many times a second). */
const PHOTO_MASK_SIDE = 640;
const LIVE_MASK_SIDE = 320;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const sessions = new Map<string, Promise<Loaded>>();
const warmUps = new Map<string, WarmUp>();
const assets = new Map<string, Promise<unknown>>();
let adapterProbe: Promise<WebGpuAdapterProbe> | undefined;
let queued = 0;

function post(msg: DetectResponse, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

function probeWebGpu(): Promise<WebGpuAdapterProbe> {
  adapterProbe ??= probeWebGpuAdapter(navigator);
  return adapterProbe;
}

async function env(): Promise<DetectEnv> {
  const ort = configureOrt();
  const gpu = await probeWebGpu();
  const threads = ort.env.wasm.numThreads ?? 1;
  return {
    deviceKey: deviceKey({
      adapterIdentity: gpu.identity,
      threads,
      ortVersion: ort.env.versions.web ?? "unknown",
    }),
    threads,
    webgpuAdapter: gpu.available,
    webgpuDescription: gpu.description,
    webgpuSoftwareName: gpu.softwareName,
  };
}

/** A small JSON file beside the models (labels, anchors), checked against its pinned sha256. */
function loadJsonAsset<T>(file: string): Promise<T> {
  let loading = assets.get(file) as Promise<T> | undefined;
  if (!loading) {
    loading = (async () => {
      const pinned = taskFile(file);
      const res = await fetch(`/models/${file}`).catch(() => null);
      if (!res?.ok)
        throw new InferenceError(
          "model-missing",
          `The file /models/${file} is not installed${res ? ` (HTTP ${res.status})` : ""}. ${SETUP_HINT}`,
        );
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (pinned && (await sha256Hex(bytes)) !== pinned.sha256)
        throw new InferenceError(
          "model-checksum-mismatch",
          `/models/${file} does not match its sha256: it is damaged or a different file, and was not used. ${SETUP_HINT}`,
        );
      return JSON.parse(new TextDecoder().decode(bytes)) as T;
    })();
    assets.set(file, loading);
    loading.catch(() => assets.delete(file));
  }
  return loading;
}

const anchorArrays = new Map<string, Promise<Float32Array>>();
function anchorsFor(model: TaskModel): Promise<Float32Array> {
  const file = model.anchors ?? "";
  let a = anchorArrays.get(file);
  if (!a) {
    a = loadJsonAsset<{ anchors: number[][] }>(file).then(
      (j) => new Float32Array(j.anchors.flat()),
    );
    anchorArrays.set(file, a);
    a.catch(() => anchorArrays.delete(file));
  }
  return a;
}

/** The labels (and anchors) a model's post-processing needs, fetched and checked once. */
async function assetsFor(model: TaskModel): Promise<void> {
  await Promise.all([
    loadJsonAsset<string[]>(model.labels.file),
    ...(model.anchors ? [anchorsFor(model)] : []),
  ]);
}

function dummyFeeds(ort: Ort, model: TaskModel) {
  const n = model.preprocessing.size;
  return {
    [model.input.name]: new ort.Tensor("float32", new Float32Array(3 * n * n), [1, 3, n, n]),
  };
}

async function createSession(
  id: number,
  model: TaskModel,
  backend: Backend,
  choice: BackendChoice,
): Promise<Loaded> {
  const ortLoading = ortFor(backend);
  post({ type: "stage", id, stage: "downloading" });
  const spec = {
    id: model.id,
    url: `/models/${model.file}`,
    sha256: model.sha256,
    bytes: model.bytes,
    inputName: model.input.name,
    outputName: "",
    preprocessing: { resize_shorter_side: 0, center_crop: 0, mean: [], std: [] },
  };
  const stored = await loadModelBytes(
    spec,
    (loaded, total) => post({ type: "progress", id, loaded, total }),
    () => undefined,
  );
  post({ type: "stage", id, stage: "creating-session" });
  let ort = await ortLoading;
  let used = backend;
  let fallback: string | null = null;
  const t0 = performance.now();
  let session: Session;
  try {
    session = await ort.InferenceSession.create(stored.bytes, sessionOptions(backend, "onnx"));
  } catch (err) {
    if (backend !== "webgpu" || choice !== "auto")
      throw new InferenceError(
        "session-create-failed",
        `Could not start ${model.id} on ${backend.toUpperCase()}: ${(err as Error).message}`,
      );
    fallback = `Auto fell back to WASM: the WebGPU session failed (${(err as Error).message}).`;
    used = "wasm";
    ort = await ortFor("wasm");
    session = await ort.InferenceSession.create(stored.bytes, sessionOptions("wasm", "onnx"));
  }
  const sessionCreateMs = performance.now() - t0;
  return {
    key: `${model.id}|${backend}`,
    ort,
    session,
    backend: used,
    sessionCreateMs,
    fromCache: stored.fromCache,
    fallback,
  };
}

function cachedSession(
  id: number,
  model: TaskModel,
  backend: Backend,
  choice: BackendChoice,
): Promise<Loaded> {
  const key = `${model.id}|${backend}`;
  let loading = sessions.get(key);
  if (!loading) {
    loading = createSession(id, model, backend, choice);
    sessions.set(key, loading);
    loading.catch(() => sessions.delete(key));
  }
  return loading;
}

function releaseSession(model: TaskModel, backend: Backend): void {
  const key = `${model.id}|${backend}`;
  const loading = sessions.get(key);
  sessions.delete(key);
  warmUps.delete(key);
  loading?.then((l) => l.session.release()).catch(() => undefined);
}

/** The session the choice resolves to, as /classify decides it (Auto: lib/inference/auto-backend). */
async function sessionFor(
  id: number,
  model: TaskModel,
  choice: BackendChoice,
  remembered: AutoTiming | null,
): Promise<{ loaded: Loaded; facts: SessionFacts }> {
  const { backend, auto } = await chooseBackend(choice, remembered, {
    adapter: probeWebGpu,
    prepare: async (b) => {
      await cachedSession(id, model, b, b);
      post({ type: "stage", id, stage: "choosing-backend" });
    },
    runOnce: async (b) => {
      const { ort, session } = await cachedSession(id, model, b, b);
      await session.run(dummyFeeds(ort, model));
    },
    release: (b) => releaseSession(model, b),
  });
  const loaded = await cachedSession(id, model, backend, choice);
  return {
    loaded,
    facts: {
      backend: loaded.backend,
      requested: choice,
      note: loaded.fallback ?? auto?.reason ?? null,
      sessionCreateMs: loaded.sessionCreateMs,
      fromCache: loaded.fromCache,
      autoTiming: auto?.timing ?? null,
      autoTimedNow: auto?.timedNow ?? false,
    },
  };
}

/** A live frame's pixels at the model's size: the browser's own resize (fast), then normalised. */
function frameTensor(frame: ImageBitmap, model: TaskModel): Float32Array {
  const n = model.preprocessing.size;
  const canvas = new OffscreenCanvas(n, n);
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx)
    throw new InferenceError("decode-failed", "This browser cannot read frames in a worker.");
  ctx.imageSmoothingQuality = "high";
  ctx.drawImage(frame, 0, 0, n, n);
  return toNchwFloat32(ctx.getImageData(0, 0, n, n).data, n, n, model.preprocessing);
}

async function postprocess(
  model: TaskModel,
  outputs: Record<string, { data: unknown }>,
  photoW: number,
  photoH: number,
  maskSide: number,
): Promise<Pick<DetectResult, "detections" | "segmentation">> {
  const labels = await loadJsonAsset<string[]>(model.labels.file);
  if (model.task === "detection") {
    const anchors = await anchorsFor(model);
    const raw = decodeSsd(
      outputs[model.outputs.boxes ?? ""]?.data as Float32Array,
      outputs[model.outputs.scores ?? ""]?.data as Float32Array,
      anchors,
      model.postprocess!,
      model.labels.offset,
    );
    const detections: Detection[] = raw.map((d) => ({
      label: labels[d.classIndex] ?? `class ${d.classIndex}`,
      classIndex: d.classIndex,
      score: d.score,
      box: clipBox(d.box),
    }));
    return { detections, segmentation: null };
  }
  const logits = outputs[model.outputs.logits ?? ""]?.data as Float32Array;
  const n = model.preprocessing.size;
  const classesN = labels.length;
  const classes: ClassFound[] = classShares(argmaxClasses(logits, classesN, n, n), classesN).map(
    (c) => ({
      label: labels[c.classIndex] ?? `class ${c.classIndex}`,
      classIndex: c.classIndex,
      percent: c.percent,
    }),
  );
  const size = maskSize(photoW, photoH, maskSide);
  const mask = upsampleArgmax(logits, classesN, n, n, size.width, size.height);
  const rgba = colourMask(mask, CLASS_PALETTE, 255, 0);
  return { detections: null, segmentation: { classes, mask, rgba, ...size } };
}

function transfers(result: DetectResult): Transferable[] {
  const s = result.segmentation;
  return s ? [s.mask.buffer, s.rgba.buffer] : [];
}

async function runOnce(
  model: TaskModel,
  loaded: Loaded,
  tensor: Float32Array,
): Promise<{ outputs: Record<string, { data: unknown }>; ms: number }> {
  const n = model.preprocessing.size;
  const feeds = { [model.input.name]: new loaded.ort.Tensor("float32", tensor, [1, 3, n, n]) };
  const t0 = performance.now();
  try {
    const outputs = await loaded.session.run(feeds);
    return { outputs, ms: performance.now() - t0 };
  } catch (err) {
    throw new InferenceError(
      "inference-failed",
      `${model.id} failed while running on ${loaded.backend.toUpperCase()}: ${(err as Error).message}`,
    );
  }
}

function modelOf(id: string): TaskModel {
  const model = findTaskModel(id);
  if (!model)
    throw new InferenceError("model-missing", `No detection or segmentation model "${id}".`);
  return model;
}

async function photo(req: Extract<DetectRequest, { type: "photo" }>): Promise<void> {
  const model = modelOf(req.modelId);
  const decoding = decodeImage(req.image);
  decoding.catch(() => undefined);
  const { loaded, facts } = await sessionFor(req.id, model, req.backend, req.rememberedAuto);
  const image = await decoding;
  const t1 = performance.now();
  const tensor = stretchToTensor(image.rgba, image.width, image.height, model.preprocessing);
  const preprocessMs = performance.now() - t1;
  post({ type: "stage", id: req.id, stage: "running" });
  await assetsFor(model); // fetched once; not part of the post-processing time
  const { outputs, ms: inferenceMs } = await runOnce(model, loaded, tensor);
  const p0 = performance.now();
  const out = await postprocess(
    model,
    outputs,
    image.originalWidth,
    image.originalHeight,
    PHOTO_MASK_SIDE,
  );
  const result: DetectResult = {
    modelId: model.id,
    task: model.task,
    session: facts,
    imageWidth: image.originalWidth,
    imageHeight: image.originalHeight,
    ...out,
    preprocessMs,
    inferenceMs,
    postprocessMs: performance.now() - p0,
  };
  post({ type: "result", id: req.id, result }, transfers(result));
  // Timed after the result is out: warm until steady (briefly again after idle time), then a batch.
  if (queued > 0) {
    post({
      type: "timing",
      id: req.id,
      timing: { runsMs: [], medianMs: NaN, warmUp: null, state: "skipped" },
    });
    return;
  }
  post({ type: "stage", id: req.id, stage: "timing" });
  const n = model.preprocessing.size;
  const feeds = { [model.input.name]: new loaded.ort.Tensor("float32", tensor, [1, 3, n, n]) };
  const timeOne = async () => {
    const r0 = performance.now();
    await loaded.session.run(feeds);
    return performance.now() - r0;
  };
  const warmUp = await warmRuntime(timeOne, warmUps.has(loaded.key) ? STEADY_RULE : undefined);
  warmUps.set(loaded.key, warmUp);
  const runs = Math.max(1, Math.min(50, Math.round(req.timedRuns || DEFAULT_TIMED_RUNS)));
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) runsMs.push(await timeOne());
  post({
    type: "timing",
    id: req.id,
    timing: { runsMs, medianMs: median(runsMs), warmUp, state: "done" },
  });
}

async function frame(req: Extract<DetectRequest, { type: "frame" }>): Promise<void> {
  const model = modelOf(req.modelId);
  try {
    const { loaded, facts } = await sessionFor(req.id, model, req.backend, req.rememberedAuto);
    const t0 = performance.now();
    const tensor = frameTensor(req.frame, model);
    const preprocessMs = performance.now() - t0;
    await assetsFor(model);
    const { outputs, ms: inferenceMs } = await runOnce(model, loaded, tensor);
    const p0 = performance.now();
    const out = await postprocess(
      model,
      outputs,
      req.frame.width,
      req.frame.height,
      LIVE_MASK_SIDE,
    );
    const result: DetectResult = {
      modelId: model.id,
      task: model.task,
      session: facts,
      imageWidth: req.frame.width,
      imageHeight: req.frame.height,
      ...out,
      preprocessMs,
      inferenceMs,
      postprocessMs: performance.now() - p0,
    };
    post({ type: "result", id: req.id, result }, transfers(result));
  } finally {
    req.frame.close();
  }
}

async function handle(req: DetectRequest): Promise<void> {
  try {
    if (req.type === "probe") post({ type: "probe", id: req.id, env: await env() });
    else if (req.type === "photo") await photo(req);
    else await frame(req);
  } catch (err) {
    post(errorReply(req.id, err));
  }
}

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<DetectRequest>) => {
  const req = event.data;
  queued += 1;
  queue = queue.then(() => {
    queued -= 1;
    return handle(req);
  });
};
