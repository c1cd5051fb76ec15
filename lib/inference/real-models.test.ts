/**
 * Runs every shared pretrained model through onnxruntime-web's WASM backend in Node on every ImageNet
 * sample photo, with the app's own preprocessing, and checks the expected top-1. onnxruntime-web's
 * default entry runs its WASM EP in Node directly (no onnxruntime-node needed), so this is the same
 * runtime and the same .wasm the browser uses.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import jpeg from "jpeg-js";
import * as ort from "onnxruntime-web";
import { afterAll, describe, expect, it } from "vitest";
import labelsJson from "@/public/labels/imagenet-labels.json";
import { MODELS } from "./model-catalog";
import { softmax, topK } from "./postprocess";
import { preprocessRgba } from "./preprocess";
import { MODEL_DIRS, findIn, SAMPLE_DIRS } from "@/lib/test-support/real-files";

const LABELS = labelsJson as readonly string[];

interface SampleLabel {
  readonly index: number;
  readonly name: string;
}

const sampleDir = SAMPLE_DIRS.find((d) => existsSync(join(d, "labels.json")));
const samples: [string, SampleLabel][] = sampleDir
  ? Object.entries(
      JSON.parse(readFileSync(join(sampleDir, "labels.json"), "utf8")) as Record<
        string,
        SampleLabel
      >,
    )
  : [];
const localModels = MODELS.filter((m) => !m.sources.browserOnly).map((m) => ({
  model: m,
  path: findIn(MODEL_DIRS, m.file),
}));

ort.env.wasm.numThreads = 1;
ort.env.logLevel = "error";
const sessions: ort.InferenceSession[] = [];

afterAll(async () => {
  await Promise.all(sessions.map((s) => s.release()));
});

function decodeSample(file: string): { data: Uint8Array; width: number; height: number } {
  const img = jpeg.decode(readFileSync(join(sampleDir as string, file)), {
    useTArray: true,
    formatAsRGBA: true,
  });
  return { data: img.data, width: img.width, height: img.height };
}

describe("the labels file", () => {
  it("has 1000 ImageNet classes in the standard order (0 = tench, 340 = zebra)", () => {
    expect(LABELS).toHaveLength(1000);
    expect(LABELS[0]).toBe("tench");
    expect(LABELS[340]).toBe("zebra");
  });
});

for (const { model, path } of localModels) {
  describe(`${model.id} on onnxruntime-web WASM (Node)`, () => {
    if (!path) {
      it.skip(`skipped: ${model.file} not found in public/models or ../shared/models — run npm run setup:models`, () => {});
      return;
    }
    if (samples.length === 0) {
      it.skip("skipped: no ImageNet samples (../shared/samples/labels.json) — run npm run setup:models", () => {});
      return;
    }
    let session: ort.InferenceSession | undefined;
    const getSession = async () => {
      if (!session) {
        session = await ort.InferenceSession.create(readFileSync(path), {
          executionProviders: ["wasm"],
        });
        sessions.push(session);
      }
      return session;
    };
    for (const [file, label] of samples) {
      it(`${file} → "${label.name}" (${label.index}) is top-1`, async () => {
        const s = await getSession();
        const img = decodeSample(file);
        const { tensor } = preprocessRgba(img.data, img.width, img.height, model.preprocessing);
        const out = await s.run({
          [model.input.name]: new ort.Tensor("float32", tensor, [1, 3, 224, 224]),
        });
        const logits = out[model.output.name]?.data as Float32Array;
        expect(logits).toHaveLength(1000);
        const [best] = topK(softmax(logits), 5);
        expect(LABELS[best?.index ?? -1]).toBe(LABELS[label.index]);
        expect(best?.index).toBe(label.index);
      });
    }
  });
}
