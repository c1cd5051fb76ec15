/**
 * The real backbones in onnxruntime-node: the feature tensor is found from the graph for every model
 * file present, and the exported backbone + head + softmax gives the JS head's probabilities on the
 * same embedding within 1e-5, with the class names in its metadata.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import jpeg from "jpeg-js";
import * as ort from "onnxruntime-node";
import { describe, expect, it } from "vitest";
import { MODELS } from "@/lib/inference/model-catalog";
import { preprocessRgba } from "@/lib/inference/preprocess";
import { withExtraOutputs } from "@/lib/inside/expose-outputs";
import { decodeModel, encodeModel } from "@/lib/onnx/onnx-proto";
import { buildTaughtModel, readTaughtMetadataFromBytes } from "./export-onnx";
import { findFeatureTensor } from "./feature-tensor";
import { initHead, predictHead } from "./head";
import { l2Normalize } from "./knn";
import { MODEL_DIRS, findIn, REPO_ROOT } from "@/lib/test-support/real-files";

const PHOTO = join(REPO_ROOT, "public/samples/open/chelsea-cat.jpg");
const findModel = (file: string) => findIn(MODEL_DIRS, file);
const present = MODELS.filter((m) => !m.sources.browserOnly && findModel(m.file));

function photoTensor(pre: (typeof MODELS)[number]["preprocessing"]): Float32Array {
  const img = jpeg.decode(readFileSync(PHOTO), { useTArray: true, formatAsRGBA: true });
  return preprocessRgba(new Uint8ClampedArray(img.data.buffer), img.width, img.height, pre).tensor;
}

describe.skipIf(present.length === 0)("features and export on the real models", () => {
  it.each(present.map((m) => [m.id, m] as const))(
    "%s: the classifier's input is found from the graph, and its width matches a run",
    async (_id, entry) => {
      const model = decodeModel(readFileSync(findModel(entry.file)!));
      const feature = findFeatureTensor(model);
      expect(feature.classifierOutputs === 1000 || feature.classifierOutputs === 1001).toBe(true);
      const session = await ort.InferenceSession.create(
        encodeModel(withExtraOutputs(model, [feature.name])),
      );
      const size = entry.preprocessing.center_crop;
      const out = await session.run({
        [entry.input.name]: new ort.Tensor("float32", photoTensor(entry.preprocessing), [
          1,
          3,
          size,
          size,
        ]),
      });
      const values = out[feature.name]!.data as Float32Array;
      expect(values.length).toBe(feature.width);
      expect(values.length).toBeGreaterThanOrEqual(256);
      await session.release();
    },
  );

  it("exported backbone + head equals the JS head on the same embedding within 1e-5", async () => {
    const entry = present[0]!;
    const model = decodeModel(readFileSync(findModel(entry.file)!));
    const feature = findFeatureTensor(model);
    const classes = ["cat", "cup", "rocket"];
    const head = initHead(feature.width!, classes.length, 11);
    // Non-zero biases, so the test covers them.
    head.b1.forEach((_, i) => (head.b1[i] = Math.sin(i) * 0.05));
    head.b2.set([0.2, -0.1, 0.05]);
    const bytes = encodeModel(
      buildTaughtModel(model, feature, head, {
        classes,
        backboneId: entry.id,
        backboneTitle: entry.title,
        preprocessing: {
          ...entry.preprocessing,
          interpolation: entry.preprocessing.interpolation === "bicubic" ? "bicubic" : "bilinear",
        },
      }),
    );
    expect(bytes.byteLength).toBeLessThan(entry.bytes!);
    const meta = readTaughtMetadataFromBytes(bytes);
    expect(meta?.classes).toEqual(classes);
    expect(meta?.backboneId).toBe(entry.id);

    const size = entry.preprocessing.center_crop;
    const input = photoTensor(entry.preprocessing);
    const feed = (s: ort.InferenceSession) =>
      s.run({ [entry.input.name]: new ort.Tensor("float32", input, [1, 3, size, size]) });
    const backbone = await ort.InferenceSession.create(
      encodeModel(withExtraOutputs(model, [feature.name])),
    );
    const embedding = (await feed(backbone))[feature.name]!.data as Float32Array;
    const expected = predictHead(head, l2Normalize(embedding));
    const exported = await ort.InferenceSession.create(bytes);
    expect(exported.outputNames).toEqual(["probabilities"]);
    const got = (await feed(exported)).probabilities!.data as Float32Array;
    expect(got.length).toBe(3);
    for (let c = 0; c < 3; c++) expect(Math.abs(got[c]! - expected[c]!)).toBeLessThan(1e-5);
    // Not a trivially uniform answer: the head's weights matter.
    expect(Math.max(...got) - Math.min(...got)).toBeGreaterThan(1e-3);
    await backbone.release();
    await exported.release();
  });
});
