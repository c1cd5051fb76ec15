/// <reference lib="webworker" />
/**
 * The /inside worker: a thin shell that takes the same verified model bytes the classifier uses
 * (model-store: Cache API, no second download), maps its layers to the engine, adds every layer's
 * tensors as extra outputs, and runs that graph once per photo. It keeps only the last run's tensors,
 * so the page can open any layer without another run, and memory does not grow photo after photo.
 * The classify worker's plain session is a different session in a different worker: untouched.
 */
import { isModelId } from "@/lib/arch/models";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { exposeOutputs } from "./expose-outputs";
import { LayerMappingError, mapLayers } from "./layer-map";
import type { LayerTap } from "./layer-map";
import { keptBytes, keptLayer, layerDetail, summarizeRun, tappedTensors } from "./layer-report";
import type { KeptLayer } from "./layer-report";
import { floatValues } from "./layer-weights";
import { decodeModel } from "@/lib/onnx/onnx-proto";
import type { OnnxModel } from "@/lib/onnx/onnx-proto";
import { decodeImage } from "@/lib/inference/decode-image";
import { InferenceError } from "@/lib/inference/errors";
import { errorReply, serveInOrder } from "@/lib/inference/serve-in-order";
import type { InsideRequest, InsideResponse, InsideSession } from "./inside-protocol";
import { loadModelBytes } from "@/lib/inference/model-store";
import { ortFor } from "@/lib/inference/ort-env";
import type { Ort } from "@/lib/inference/ort-env";
import { softmax, topK } from "@/lib/inference/postprocess";
import { preprocessRgba } from "@/lib/inference/preprocess";
import type { Backend, BackendChoice, ModelSpec } from "@/lib/inference/protocol";
import { sessionOptions } from "@/lib/inference/session-options";
import { probeWebGpuAdapter } from "@/lib/inference/webgpu-adapter";

type Session = Awaited<ReturnType<Ort["InferenceSession"]["create"]>>;

interface Opened {
  readonly spec: ModelSpec;
  readonly session: Session;
  /** The ORT build the session belongs to (WASM or WebGPU); its tensors must come from it. */
  readonly ort: Ort;
  readonly taps: readonly LayerTap[];
  readonly model: OnnxModel;
  readonly info: InsideSession;
  readonly choice: BackendChoice;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
let opened: Opened | null = null;
/** The last photo: each layer's stats-side data and thumbnails, the selected layer in full. */
let lastRun: readonly KeptLayer[] | null = null;
let runs = 0;

function post(msg: InsideResponse, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

/**
 * WASM unless WebGPU was asked for and a hardware adapter exists. Auto never picks a software
 * adapter (SwiftShader would only be slower); every fallback is said in one sentence.
 */
async function pickBackend(
  choice: BackendChoice,
): Promise<{ backend: Backend; fallback: string | null }> {
  if (choice === "wasm") return { backend: "wasm", fallback: null };
  const gpu = await probeWebGpuAdapter(navigator);
  if (gpu.available && (choice === "webgpu" || !gpu.software))
    return { backend: "webgpu", fallback: null };
  const why = gpu.available
    ? `the only WebGPU adapter is a software one (${gpu.description})`
    : gpu.description;
  return {
    backend: "wasm",
    fallback: `${choice === "webgpu" ? "WebGPU was chosen, but" : "Auto:"} ${why}, so the layers run on WASM.`,
  };
}

function tapsFor(
  model: OnnxModel,
  spec: ModelSpec,
  engine: { model: string; alpha: number; resolution: number },
) {
  if (!isModelId(engine.model))
    throw new LayerMappingError(
      `The cost engine has no architecture for ${spec.id}, so its layers cannot be matched.`,
    );
  return mapLayers(
    model,
    resolveNetwork(engine.model, { alpha: engine.alpha, resolution: engine.resolution }),
  );
}

async function open(req: Extract<InsideRequest, { type: "open" }>): Promise<InsideSession> {
  if (opened?.spec.id === req.model.id && opened.choice === req.backend) return opened.info;
  await opened?.session.release();
  opened = null;
  lastRun = null;
  const stored = await loadModelBytes(
    req.model,
    (loaded, total) => post({ type: "progress", id: req.id, loaded, total }),
    () => {},
  );
  const t0 = performance.now();
  const model = decodeModel(stored.bytes);
  const taps = tapsFor(model, req.model, req.engine);
  const bytes = exposeOutputs(stored.bytes, tappedTensors(taps));
  const exposeMs = performance.now() - t0;
  let { backend, fallback } = await pickBackend(req.backend);
  let ort = await ortFor(backend); // the WebGPU build only when WebGPU is asked for
  const t1 = performance.now();
  let session: Session;
  try {
    session = await ort.InferenceSession.create(bytes, sessionOptions(backend));
  } catch (err) {
    if (backend !== "webgpu") throw err;
    fallback = `The WebGPU session failed (${(err as Error).message}), so the layers run on WASM.`;
    backend = "wasm";
    ort = await ortFor("wasm");
    session = await ort.InferenceSession.create(bytes, sessionOptions("wasm"));
  }
  const sessionCreateMs = performance.now() - t1;
  // One blank run before "opened", as the classifier does: the first photo then pays no kernel set-up.
  const size = req.model.preprocessing.center_crop;
  const t2 = performance.now();
  await session.run({
    [req.model.inputName]: new ort.Tensor("float32", new Float32Array(3 * size * size), [
      1,
      3,
      size,
      size,
    ]),
  });
  const info: InsideSession = {
    modelId: req.model.id,
    backend,
    fallback,
    exposeMs,
    sessionCreateMs,
    warmUpMs: performance.now() - t2,
    layers: taps.map(({ index, layer, activation }) => ({
      index,
      path: layer.path,
      op: layer.op,
      activation,
      input: layer.input,
      output: layer.output,
      kernel: layer.kernel,
      stride: layer.stride,
      groups: layer.groups,
      macs: layer.macs,
      params: layer.params,
    })),
  };
  opened = { spec: req.model, session, ort, taps, model, info, choice: req.backend };
  return info;
}

function current(modelId: string): Opened {
  if (!opened || opened.spec.id !== modelId)
    throw new InferenceError("inference-failed", `${modelId} is not open in the inside worker.`);
  return opened;
}

async function run(req: Extract<InsideRequest, { type: "run" }>) {
  const o = current(req.modelId);
  const { ort } = o;
  lastRun = null; // drop the previous photo's tensors before the next run allocates its own
  const image = await decodeImage(req.image);
  const { tensor, crop, plan } = preprocessRgba(
    image.rgba,
    image.width,
    image.height,
    o.spec.preprocessing,
  );
  const t0 = performance.now();
  const out = await o.session.run({
    [o.spec.inputName]: new ort.Tensor("float32", tensor, [1, 3, plan.size, plan.size]),
  });
  const runMs = performance.now() - t0;
  const tensors = new Map<string, Float32Array>([[o.spec.inputName, tensor]]);
  let exposedBytes = 0;
  for (const [name, value] of Object.entries(out)) {
    const data = value.data as Float32Array;
    tensors.set(name, data);
    exposedBytes += data.byteLength;
  }
  const t1 = performance.now();
  const layers = summarizeRun(o.taps, tensors);
  // Everything the page can show, from this one run; then the full tensors go, bar the selected layer's.
  lastRun = o.taps.map((tap) => keptLayer(tap, tensors, tap.index === req.keep));
  const statsMs = performance.now() - t1;
  const logits = tensors.get(o.spec.outputName) ?? new Float32Array(0);
  tensors.clear();
  for (const value of Object.values(out)) value.dispose(); // ORT's copies too, not only our references
  runs += 1;
  // Only where a benchmark exposed gc (--js-flags=--expose-gc): the next heap reading sees no garbage.
  (globalThis as { gc?: () => void }).gc?.();
  const memory = {
    exposedBytes,
    keptBytes: lastRun.reduce((sum, l) => sum + keptBytes(l), 0),
  };
  post(
    {
      type: "ran",
      id: req.id,
      result: {
        modelId: o.spec.id,
        backend: o.info.backend,
        top5: topK(softmax(logits), 5),
        runMs,
        statsMs,
        layers,
        memory,
        runNumber: runs,
        crop,
        cropSize: plan.size,
      },
    },
    [crop.buffer],
  );
}

/**
 * An initializer's floats, decoded afresh for each reply (a copy the reply transfers): no cache, so
 * the worker holds no second copy of the weights beyond the model bytes it already has.
 */
function initializer(model: OnnxModel, name: string | null): Float32Array | null {
  if (!name) return null;
  const t = model.graph.initializer.find((x) => x.name === name);
  return t ? floatValues(t) : null;
}

function layer(req: Extract<InsideRequest, { type: "layer" }>) {
  const o = current(req.modelId);
  const tap = o.taps[req.index];
  if (!tap)
    throw new InferenceError("inference-failed", `${req.modelId} has no layer ${req.index}.`);
  if (!lastRun)
    throw new InferenceError(
      "inference-failed",
      "Choose a photo first: no run to read layers from.",
    );
  const t0 = performance.now();
  const weights = initializer(o.model, tap.weightName) ?? new Float32Array(0);
  const kept = lastRun[req.index];
  if (!kept)
    throw new InferenceError("inference-failed", `No activations kept for layer ${req.index}.`);
  const d = layerDetail(kept, weights, initializer(o.model, tap.biasName));
  const detail = { ...d, gatherMs: performance.now() - t0 };
  const buffers = [
    detail.output,
    detail.strengths,
    detail.weights,
    detail.bias,
    detail.input,
    detail.inputStrengths,
  ]
    .filter((x): x is Float32Array => x !== null)
    .map((x) => x.buffer as ArrayBuffer);
  post({ type: "layer", id: req.id, detail }, buffers);
}

async function handle(req: InsideRequest): Promise<void> {
  if (req.type === "open") post({ type: "opened", id: req.id, session: await open(req) });
  else if (req.type === "run") await run(req);
  else layer(req);
}

serveInOrder<InsideRequest>(scope, handle, (req, err) =>
  post(
    err instanceof LayerMappingError
      ? { type: "error", id: req.id, code: "no-layer-mapping", message: err.message }
      : errorReply(req.id, err),
  ),
);
