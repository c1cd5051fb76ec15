/**
 * The real SSD and DeepLab files through onnxruntime-web's WASM backend in Node, with the app's own
 * preprocessing and post-processing, against reference-outputs.json (the manifest's reference decoder,
 * which reproduces TFLite_Detection_PostProcess exactly, on the same ONNX files).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import jpeg from "jpeg-js";
import * as ort from "onnxruntime-web";
import { afterAll, describe, expect, it } from "vitest";
import { argmaxClasses, classShares } from "./segmentation";
import { decodeSsd, iou } from "./ssd-decode";
import { stretchToTensor } from "./preprocess-task";
import { findTaskModel, SSD_ID } from "./task-models";

const ROOT = resolve(__dirname, "../..");
const SHARED = resolve(ROOT, process.env.MOBILENET_MODELS_DIR ?? "../shared/models");
const MODEL_DIRS = [join(ROOT, "public/models"), SHARED];
const PHOTO_DIRS = [
  join(ROOT, "public/samples/open"),
  resolve(ROOT, process.env.MOBILENET_SAMPLES_DIR ?? "../shared/samples"),
];
const find = (dirs: readonly string[], f: string) =>
  dirs.map((d) => join(d, f)).find((p) => existsSync(p));

interface RefDetection {
  readonly label: string;
  readonly score: number;
  readonly box: [number, number, number, number];
}
type RefPhoto = { detections: RefDetection[] } & Record<string, Record<string, number> | unknown>;
const refFile = find([SHARED], "reference-outputs.json");
const REFS: Record<string, RefPhoto> = refFile
  ? (JSON.parse(readFileSync(refFile, "utf8")) as { photos: Record<string, RefPhoto> }).photos
  : {};

ort.env.wasm.numThreads = 1;
ort.env.logLevel = "error";
const sessions: ort.InferenceSession[] = [];
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.release()));
});

function photo(file: string) {
  const path = find(PHOTO_DIRS, file);
  if (!path) return null;
  const img = jpeg.decode(readFileSync(path), { useTArray: true, formatAsRGBA: true });
  return { data: img.data, width: img.width, height: img.height };
}

const opened = new Map<string, Promise<ort.InferenceSession>>();
function session(file: string): Promise<ort.InferenceSession> {
  let s = opened.get(file);
  if (!s) {
    const path = find(MODEL_DIRS, file) as string;
    s = ort.InferenceSession.create(readFileSync(path), { graphOptimizationLevel: "all" });
    void s.then((x) => sessions.push(x));
    opened.set(file, s);
  }
  return s;
}

const ssd = findTaskModel(SSD_ID)!;
const ssdPath = find(MODEL_DIRS, ssd.file);
const anchorsPath = find(MODEL_DIRS, ssd.anchors ?? "");
const ready = Boolean(ssdPath && anchorsPath && refFile);

describe.skipIf(!ready)(
  "SSD MobileNetV1 with the app's decoder equals the reference detections",
  () => {
    const labels = JSON.parse(
      readFileSync(find(MODEL_DIRS, "coco-labels.json") ?? "", "utf8"),
    ) as string[];
    const anchors = ready
      ? new Float32Array(
          (
            JSON.parse(readFileSync(anchorsPath as string, "utf8")) as { anchors: number[][] }
          ).anchors.flat(),
        )
      : new Float32Array();
    it.each(["golden-retriever.jpg", "chelsea-cat.jpg", "espresso.jpg", "airliner.jpg"])(
      "%s: same labels, scores within 0.02, boxes IoU ≥ 0.9 (confident detections)",
      async (file) => {
        const img = photo(file);
        const ref = REFS[file];
        if (!img || !ref) return; // an ImageNet photo that is not installed here
        const s = await session(ssd.file);
        const x = stretchToTensor(img.data, img.width, img.height, ssd.preprocessing);
        const out = await s.run({
          [ssd.input.name]: new ort.Tensor("float32", x, [1, 3, 300, 300]),
        });
        const dets = decodeSsd(
          out[ssd.outputs.boxes!]!.data as Float32Array,
          out[ssd.outputs.scores!]!.data as Float32Array,
          anchors,
          ssd.postprocess!,
          ssd.labels.offset,
        );
        const confident = ref.detections.filter((d) => d.score >= 0.5);
        expect(confident.length).toBeGreaterThan(0);
        for (const want of confident) {
          const got = dets.find(
            (d) =>
              labels[d.classIndex] === want.label &&
              Math.abs(d.score - want.score) <= 0.02 &&
              iou(new Float32Array([...d.box, ...want.box]), 0, 1) >= 0.9,
          );
          expect(got, `${want.label} ${want.score}`).toBeDefined();
        }
        expect(dets.length).toBeLessThanOrEqual(10);
      },
    );
  },
);

describe.skipIf(!refFile)("DeepLabV3 MobileNetV2 class shares equal the reference", () => {
  it.each([
    ["deeplabv3-mobilenet-v2-257", "chelsea-cat.jpg"],
    ["deeplabv3-mobilenet-v2-513", "astronaut.jpg"],
  ])("%s on %s: the same classes, shares within 1.5 points", async (id, file) => {
    const model = findTaskModel(id)!;
    const img = photo(file);
    if (!img || !find(MODEL_DIRS, model.file)) return;
    const labels = JSON.parse(
      readFileSync(find(MODEL_DIRS, "pascal-voc-labels.json") ?? "", "utf8"),
    ) as string[];
    const s = await session(model.file);
    const n = model.preprocessing.size;
    const x = stretchToTensor(img.data, img.width, img.height, model.preprocessing);
    const out = await s.run({ [model.input.name]: new ort.Tensor("float32", x, [1, 3, n, n]) });
    const mask = argmaxClasses(out[model.outputs.logits!]!.data as Float32Array, 21, n, n);
    const shares = Object.fromEntries(
      classShares(mask, 21).map((c) => [labels[c.classIndex], c.percent]),
    );
    const want = REFS[file]?.[id] as Record<string, number>;
    for (const [label, pct] of Object.entries(want)) {
      if (pct < 2) continue; // slivers may round away with a slightly different resize
      expect(Math.abs((shares[label] ?? 0) - pct)).toBeLessThanOrEqual(1.5);
    }
  });
});
