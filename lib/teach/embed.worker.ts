/// <reference lib="webworker" />
/**
 * The /teach embedding worker: a thin shell. It takes the verified .onnx bytes the classifier uses
 * (model-store: cached, no second download), finds the pooled feature tensor from the graph
 * (feature-tensor.ts), exposes it as an extra output and runs that graph once per photo.
 */
import { decodeImage } from "@/lib/inference/decode-image";
import { InferenceError } from "@/lib/inference/errors";
import { errorReply, serveInOrder } from "@/lib/inference/serve-in-order";
import { loadModelBytes } from "@/lib/inference/model-store";
import { ortFor } from "@/lib/inference/ort-env";
import type { Ort } from "@/lib/inference/ort-env";
import { preprocessRgba } from "@/lib/inference/preprocess";
import type { ModelSpec } from "@/lib/inference/protocol";
import { sessionOptions } from "@/lib/inference/session-options";
import { exposeOutputs } from "@/lib/inside/expose-outputs";
import { decodeModel } from "@/lib/onnx/onnx-proto";
import type {
  AddedPhoto,
  EmbedRequest,
  EmbedResponse,
  Embedded,
  OpenedBackbone,
} from "./embed-protocol";
import { encodeTaughtModel } from "./export-onnx";
import { FeatureTensorError, findFeatureTensor } from "./feature-tensor";

type Session = Awaited<ReturnType<Ort["InferenceSession"]["create"]>>;

interface Open {
  readonly spec: ModelSpec;
  readonly session: Session;
  readonly ort: Ort;
  readonly info: OpenedBackbone;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
let opened: Open | null = null;
const JPEG_QUALITY = 0.85;

function post(msg: EmbedResponse, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

async function open(req: Extract<EmbedRequest, { type: "open" }>): Promise<OpenedBackbone> {
  if (opened?.spec.id === req.model.id) return opened.info;
  await opened?.session.release();
  opened = null;
  const stored = await loadModelBytes(
    req.model,
    (loaded, total) => post({ type: "progress", id: req.id, loaded, total }),
    () => {},
  );
  const feature = findFeatureTensor(decodeModel(stored.bytes));
  const bytes = exposeOutputs(stored.bytes, [feature.name]);
  const ort = await ortFor("wasm");
  const t0 = performance.now();
  const session = await ort.InferenceSession.create(bytes, sessionOptions("wasm"));
  const sessionMs = performance.now() - t0;
  const size = req.model.preprocessing.center_crop;
  // A warm-up run on a blank image: kernels prepared, and the feature's width read off.
  const out = await session.run({
    [req.model.inputName]: new ort.Tensor("float32", new Float32Array(3 * size * size), [
      1,
      3,
      size,
      size,
    ]),
  });
  const width = (out[feature.name]?.data as Float32Array | undefined)?.length ?? 0;
  for (const v of Object.values(out)) v.dispose();
  const info = { modelId: req.model.id, feature, width, sessionMs };
  opened = { spec: req.model, session, ort, info };
  return info;
}

function current(modelId: string): Open {
  if (!opened || opened.spec.id !== modelId)
    throw new InferenceError("inference-failed", `${modelId} is not open in the teach worker.`);
  return opened;
}

function bitmapPixels(bitmap: ImageBitmap): {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
} {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx)
    throw new InferenceError("decode-failed", "This browser cannot read pixels in a worker.");
  ctx.drawImage(bitmap, 0, 0);
  const { width, height } = bitmap;
  bitmap.close();
  return { rgba: ctx.getImageData(0, 0, width, height).data, width, height };
}

async function pixels(image: Blob | ImageBitmap) {
  return image instanceof Blob ? decodeImage(image) : bitmapPixels(image);
}

/** Runs the backbone on an RGBA image: `crop` false = the model's own resize + centre crop. */
async function run(o: Open, image: Blob | ImageBitmap, isThumbnail: boolean) {
  const t0 = performance.now();
  const { rgba, width, height } = await pixels(image);
  const size = o.spec.preprocessing.center_crop;
  const pre = isThumbnail
    ? { ...o.spec.preprocessing, resize_shorter_side: size }
    : o.spec.preprocessing;
  const { tensor, crop } = preprocessRgba(rgba, width, height, pre);
  const t1 = performance.now();
  const out = await o.session.run({
    [o.spec.inputName]: new o.ort.Tensor("float32", tensor, [1, 3, size, size]),
  });
  const runMs = performance.now() - t1;
  const embedding = Float32Array.from(out[o.info.feature.name]!.data as Float32Array);
  for (const v of Object.values(out)) v.dispose();
  return { embedding, runMs, preprocessMs: t1 - t0, crop, size };
}

async function add(req: Extract<EmbedRequest, { type: "add" }>): Promise<AddedPhoto> {
  const o = current(req.modelId);
  const { crop, size } = await run(o, req.image, false);
  const canvas = new OffscreenCanvas(size, size);
  canvas
    .getContext("2d")!
    .putImageData(new ImageData(crop as Uint8ClampedArray<ArrayBuffer>, size, size), 0, 0);
  const thumbnail = await canvas.convertToBlob({ type: "image/jpeg", quality: JPEG_QUALITY });
  // The embedding of what is kept, so every backbone sees the same pixels, now and after a reload.
  const e = await run(o, thumbnail, true);
  return { thumbnail, embedding: e.embedding, runMs: e.runMs, preprocessMs: e.preprocessMs };
}

async function embed(req: Extract<EmbedRequest, { type: "embed" }>): Promise<Embedded> {
  const { embedding, runMs, preprocessMs } = await run(
    current(req.modelId),
    req.image,
    req.isThumbnail,
  );
  return { embedding, runMs, preprocessMs };
}

/** Reads the verified bytes again (from the Cache API: no download) rather than keeping a copy. */
async function exportModel(req: Extract<EmbedRequest, { type: "export" }>): Promise<ArrayBuffer> {
  const o = current(req.modelId);
  const stored = await loadModelBytes(
    o.spec,
    () => {},
    () => {},
  );
  const bytes = encodeTaughtModel(decodeModel(stored.bytes), o.info.feature, req.head, {
    classes: req.classes,
    backboneId: o.spec.id,
    backboneTitle: req.title,
    preprocessing: req.preprocessing,
  });
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function handle(req: EmbedRequest): Promise<void> {
  if (req.type === "export") {
    const bytes = await exportModel(req);
    post({ type: "exported", id: req.id, bytes }, [bytes]);
  } else if (req.type === "open") post({ type: "opened", id: req.id, backbone: await open(req) });
  else if (req.type === "add") {
    const photo = await add(req);
    post({ type: "added", id: req.id, photo }, [photo.embedding.buffer]);
  } else {
    const result = await embed(req);
    post({ type: "embedded", id: req.id, result }, [result.embedding.buffer]);
  }
}

serveInOrder<EmbedRequest>(scope, handle, (req, err) =>
  post(
    err instanceof FeatureTensorError
      ? { type: "error", id: req.id, code: "no-features", message: err.message }
      : errorReply(req.id, err),
  ),
);
