/// <reference lib="webworker" />
/**
 * The /model page's worker: analyses a dropped .onnx file (lib/model-file: parse, shapes, costs), checks
 * it against the manifest by sha256, and — on request — times it on WASM or WebGPU the way the latency
 * lab does (session, one cold run, a warm-up, timed runs) and classifies a photo when it is an ImageNet
 * classifier. One request at a time; one file at a time (a new file releases the old sessions).
 */
import { engineLayerNames } from "@/lib/inside/layer-names";
import { analyzeOnnxBytes } from "./analyze-model";
import type { ModelAnalysis } from "./analyze-model";
import { fromManifest } from "./preprocess-presets";
import { explainSessionError } from "./session-error";
import { decodeModel } from "@/lib/onnx/onnx-proto";
import { spreadOf } from "@/lib/stats/spread";
import { readTaughtMetadataFromBytes } from "@/lib/teach/export-onnx";
import type { TaughtMetadata } from "@/lib/teach/export-onnx";
import { decodeImage } from "@/lib/inference/decode-image";
import { plainErrorReply, serveInOrder } from "@/lib/inference/serve-in-order";
import { findModelBySha256 } from "@/lib/inference/model-catalog";
import type {
  AnalyzedFile,
  FilePredictions,
  FileTiming,
  ModelFileRequest,
  ModelFileResponse,
} from "./model-file-protocol";
import { sha256Hex } from "@/lib/inference/model-store";
import { configureOrt, ortFor } from "@/lib/inference/ort-env";
import { timeOnce, timeSteady } from "@/lib/inference/steady-timing";
import { softmax, topK } from "@/lib/inference/postprocess";
import { preprocessRgba } from "@/lib/inference/preprocess";
import type { Backend } from "@/lib/inference/protocol";
import { sessionOptions } from "@/lib/inference/session-options";
import type { WebGpuAdapterProbe } from "@/lib/inference/webgpu-adapter";
import { probeWebGpuAdapter } from "@/lib/inference/webgpu-adapter";

type Ort = ReturnType<typeof configureOrt>;
type Session = Awaited<ReturnType<Ort["InferenceSession"]["create"]>>;
type Feeds = Record<string, InstanceType<Ort["Tensor"]>>;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const MAX_RUNS = 50;
const BACKEND_NAME: Readonly<Record<Backend, string>> = { wasm: "WASM", webgpu: "WebGPU" };

let current: {
  bytes: Uint8Array;
  analysis: ModelAnalysis;
  taught?: TaughtMetadata | null;
} | null = null;
const sessions = new Map<Backend, Promise<{ session: Session; ms: number; ort: Ort }>>();
let gpuProbe: Promise<WebGpuAdapterProbe> | undefined;

function post(msg: ModelFileResponse, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

function probeGpu(): Promise<WebGpuAdapterProbe> {
  gpuProbe ??= probeWebGpuAdapter(scope.navigator);
  return gpuProbe;
}

async function releaseSessions(): Promise<void> {
  const open = [...sessions.values()];
  sessions.clear();
  await Promise.all(open.map((p) => p.then((s) => s.session.release()).catch(() => undefined)));
}

async function analyze(bytes: Uint8Array, inputSize: number): Promise<AnalyzedFile> {
  await releaseSessions();
  current = null;
  const analysis = analyzeOnnxBytes(bytes, inputSize);
  // A /teach export names its classes and preprocessing in its metadata.
  const taught = readTaughtMetadataFromBytes(bytes);
  current = { bytes, analysis, taught };
  const sha256 = await sha256Hex(bytes);
  const entry = findModelBySha256(sha256);
  const known = taught
    ? {
        id: taught.backboneId,
        title: `${taught.backboneTitle} (taught on /teach)`,
        preprocessing: taught.preprocessing,
      }
    : entry
      ? { id: entry.id, title: entry.title, preprocessing: fromManifest(entry.preprocessing) }
      : null;
  const told = taught && { classes: taught.classes, backboneTitle: taught.backboneTitle };
  // A recognised file is one of the real models: name its layers by block, as /inside does.
  const layerNames = entry && !taught ? engineLayerNames(decodeModel(bytes), entry.engine) : null;
  return {
    analysis,
    sha256,
    bytes: bytes.byteLength,
    known,
    taught: told,
    ...(layerNames ? { layerNames } : {}),
  };
}

function needFile() {
  if (!current) throw new Error("Open an .onnx file first.");
  return current;
}

/** The session and the ORT build it belongs to (its tensors must come from the same one). */
async function sessionFor(backend: Backend): Promise<{ session: Session; ms: number; ort: Ort }> {
  const file = needFile();
  if (backend === "webgpu") {
    const gpu = await probeGpu();
    if (!gpu.available) throw new Error(`WebGPU is not available here (${gpu.description}).`);
  }
  let pending = sessions.get(backend);
  if (!pending) {
    pending = (async () => {
      const ort = await ortFor(backend); // the WebGPU build only when WebGPU is asked for
      const t0 = performance.now();
      try {
        const session = await ort.InferenceSession.create(file.bytes, sessionOptions(backend));
        return { session, ms: performance.now() - t0, ort };
      } catch (err) {
        throw new Error(explainSessionError((err as Error).message, BACKEND_NAME[backend]));
      }
    })();
    sessions.set(backend, pending);
    pending.catch(() => sessions.delete(backend));
  }
  return pending;
}

/** A smooth synthetic input per graph input (the values do not change a dense network's time). */
function syntheticFeeds(ort: Ort, analysis: ModelAnalysis): Feeds {
  const feeds: Feeds = {};
  for (const input of analysis.inputs) {
    const count = input.dims.reduce((a, b) => a * b, 1);
    const dims = [...input.dims];
    switch (input.elemType) {
      case 1:
        feeds[input.name] = new ort.Tensor(
          "float32",
          new Float32Array(count).map((_, i) => Math.sin(i * 0.001)),
          dims,
        );
        break;
      case 7:
        feeds[input.name] = new ort.Tensor("int64", new BigInt64Array(count), dims);
        break;
      case 6:
        feeds[input.name] = new ort.Tensor("int32", new Int32Array(count), dims);
        break;
      case 2:
        feeds[input.name] = new ort.Tensor("uint8", new Uint8Array(count), dims);
        break;
      default:
        throw new Error(
          `The input "${input.name}" has ONNX element type ${input.elemType}, which this page cannot fill with test data.`,
        );
    }
  }
  return feeds;
}

async function time(backend: Backend, runs: number): Promise<FileTiming> {
  const { analysis } = needFile();
  const { session, ms, ort } = await sessionFor(backend);
  const feeds = syntheticFeeds(ort, analysis);
  const run = () => session.run(feeds);
  const firstRunMs = await timeOnce(run);
  // The timing path classify and the lab use: warm until steady, then the timed batch.
  const n = Math.max(1, Math.min(MAX_RUNS, Math.round(runs)));
  const { runsMs } = await timeSteady(run, n);
  const gpu = backend === "webgpu" ? await probeGpu() : null;
  const threads = configureOrt().env.wasm.numThreads ?? 1;
  return {
    backend,
    device: gpu
      ? `WebGPU (${gpu.description})`
      : `WASM, ${threads} thread${threads === 1 ? "" : "s"}`,
    softwareAdapter: gpu?.software ?? false,
    sessionMs: ms,
    firstRunMs,
    runsMs,
    spread: spreadOf(runsMs),
  };
}

async function classify(
  req: Extract<ModelFileRequest, { type: "classify" }>,
): Promise<FilePredictions> {
  const { analysis, taught } = needFile();
  const target =
    analysis.classifier ??
    (taught
      ? {
          inputName: taught.inputName,
          outputName: taught.outputName,
          classes: taught.classes.length,
          size: taught.preprocessing.center_crop,
        }
      : null);
  if (!target)
    throw new Error("This model is not an ImageNet classifier, so it cannot classify a photo.");
  const { session, ort } = await sessionFor(req.backend);
  const image = await decodeImage(req.image);
  const pre = { ...req.preprocessing, center_crop: target.size };
  const { tensor, crop, plan } = preprocessRgba(image.rgba, image.width, image.height, pre);
  const t0 = performance.now();
  const out = await session.run({
    [target.inputName]: new ort.Tensor("float32", tensor, [1, 3, plan.size, plan.size]),
  });
  const runMs = performance.now() - t0;
  const logits = out[target.outputName]?.data as Float32Array | undefined;
  if (!logits) throw new Error(`The model returned no "${target.outputName}" output.`);
  // A taught classifier already ends in a softmax over its own classes.
  if (taught)
    return { backend: req.backend, top5: topK(logits, 5), crop, cropSize: plan.size, runMs };
  // 1001 classes: TF's index 0 is "background"; the other 1000 are ImageNet-1k in order.
  const scores = target.classes === 1001 ? logits.subarray(1) : logits;
  return { backend: req.backend, top5: topK(softmax(scores), 5), crop, cropSize: plan.size, runMs };
}

async function handle(req: ModelFileRequest): Promise<void> {
  switch (req.type) {
    case "probe": {
      const gpu = await probeGpu();
      post({
        type: "probe",
        id: req.id,
        webgpu: gpu.available,
        webgpuDescription: gpu.description,
      });
      return;
    }
    case "analyze":
      post({
        type: "analyzed",
        id: req.id,
        file: await analyze(new Uint8Array(req.bytes), req.inputSize),
      });
      return;
    case "resize": {
      const file = needFile();
      post({ type: "analyzed", id: req.id, file: await analyze(file.bytes, req.inputSize) });
      return;
    }
    case "time":
      post({ type: "timed", id: req.id, timing: await time(req.backend, req.runs) });
      return;
    case "classify": {
      const predictions = await classify(req);
      post({ type: "classified", id: req.id, predictions }, [predictions.crop.buffer]);
      return;
    }
  }
}

serveInOrder<ModelFileRequest>(scope, handle, (req, err) => post(plainErrorReply(req.id, err)));
