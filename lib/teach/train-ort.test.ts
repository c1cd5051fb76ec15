import * as ort from "onnxruntime-web";
import { beforeAll, describe, expect, it } from "vitest";
import { mulberry32 } from "@/lib/onnx/seeded-random";
import { l2Normalize } from "./knn";
import type { TrainingData, TrainingState } from "./train";
import { trainToEnd } from "./train";
import { trainOrt, trainOrtToEnd, TRAINING_THREADS } from "./train-ort";

/**
 * How far the onnxruntime path may drift from the JS reference: its kernels sum in another order,
 * so float32 round-off differs (measured ≤ 3e-7 on 200 photos × 50 epochs at 1280 wide).
 */
const TOLERANCE = 1e-4;

/** Noisy clusters on the unit sphere: what embeddings of `classes` classes look like. */
function clusters(classes: number, perClass: number, size: number, seed: number): TrainingData {
  const rand = mulberry32(seed);
  const centres = Array.from({ length: classes }, () =>
    Float32Array.from({ length: size }, () => rand() * 2 - 1),
  );
  const inputs: Float32Array[] = [];
  const labels: number[] = [];
  for (let c = 0; c < classes; c++)
    for (let k = 0; k < perClass; k++) {
      inputs.push(l2Normalize(centres[c]!.map((v) => v + (rand() - 0.5) * 0.8)));
      labels.push(c);
    }
  return { inputs, labels, classes };
}

function maxWeightDifference(a: TrainingState, b: TrainingState): number {
  let max = 0;
  for (const key of ["w1", "b1", "w2", "b2"] as const) {
    expect(a.weights[key]).toHaveLength(b.weights[key].length);
    a.weights[key].forEach((v, i) => (max = Math.max(max, Math.abs(v - b.weights[key][i]!))));
  }
  return max;
}

function expectSameRun(onnx: TrainingState, js: TrainingState): void {
  expect(onnx.split).toEqual(js.split);
  expect(onnx.history).toHaveLength(js.history.length);
  onnx.history.forEach((r, i) => {
    const ref = js.history[i]!;
    expect(r.epoch).toBe(ref.epoch);
    expect(Math.abs(r.loss - ref.loss), `loss, epoch ${r.epoch}`).toBeLessThan(TOLERANCE);
    expect(Math.abs(r.validationLoss! - ref.validationLoss!)).toBeLessThan(TOLERANCE);
    expect(r.trainAccuracy).toBe(ref.trainAccuracy);
    expect(r.validationAccuracy).toBe(ref.validationAccuracy);
  });
  expect(maxWeightDifference(onnx, js)).toBeLessThan(TOLERANCE);
}

beforeAll(() => {
  ort.env.wasm.numThreads = TRAINING_THREADS;
});

describe("training on onnxruntime", () => {
  it("trains the same head as the JS reference, epoch by epoch (a last short batch too)", async () => {
    const data = clusters(3, 20, 32, 5); // 51 training photos: batches of 16, 16, 16, 3
    const js = trainToEnd(data, { epochs: 50 });
    const onnx = await trainOrtToEnd(ort, data, { epochs: 50 });
    expectSameRun(onnx, js);
    expect(onnx.history.at(-1)!.loss).toBeLessThan(onnx.history[0]!.loss / 2);
    expect(onnx.history.at(-1)!.validationAccuracy).toBe(1);
  });

  it("matches it at a real backbone's width (1280), where the weights move the most", async () => {
    const data = clusters(4, 12, 1280, 8);
    const js = trainToEnd(data, { epochs: 8, seed: 11 });
    const onnx = await trainOrtToEnd(ort, data, { epochs: 8, seed: 11 });
    expectSameRun(onnx, js);
    // The comparison is not vacuous: training moved the weights far more than the tolerance.
    const fresh = trainToEnd(data, { epochs: 0, seed: 11 });
    expect(maxWeightDifference(js, fresh)).toBeGreaterThan(100 * TOLERANCE);
  });

  it("is reproducible with the same seed and differs with another", async () => {
    const data = clusters(3, 10, 32, 9);
    const a = await trainOrtToEnd(ort, data, { epochs: 5, seed: 3 });
    const b = await trainOrtToEnd(ort, data, { epochs: 5, seed: 3 });
    const c = await trainOrtToEnd(ort, data, { epochs: 5, seed: 4 });
    expect(Array.from(a.weights.w1)).toEqual(Array.from(b.weights.w1));
    expect(a.history).toEqual(b.history);
    expect(Array.from(a.weights.w1)).not.toEqual(Array.from(c.weights.w1));
  });

  it("stopped between epochs, keeps the head of the epochs it finished", async () => {
    const data = clusters(3, 10, 32, 12);
    const holder: { current?: TrainingState } = {};
    let epochs = 0;
    for await (const report of trainOrt(ort, data, { epochs: 50 }, holder)) {
      epochs = report.epoch;
      if (epochs === 3) break;
    }
    expect(epochs).toBe(3);
    expectSameRun(holder.current!, trainToEnd(data, { epochs: 3 }));
  });
});
