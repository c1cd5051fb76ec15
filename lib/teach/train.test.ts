import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/lib/onnx/seeded-random";
import { l2Normalize } from "./knn";
import { confusionMatrix, heldOutCount, splitValidation, trainToEnd } from "./train";
import type { TrainingData } from "./train";

/** Three noisy clusters on the unit sphere in 32 dimensions: what embeddings of 3 classes look like. */
function clusters(perClass: number, seed: number): TrainingData {
  const rand = mulberry32(seed);
  const size = 32;
  const centres = [0, 1, 2].map(() => Float32Array.from({ length: size }, () => rand() * 2 - 1));
  const inputs: Float32Array[] = [];
  const labels: number[] = [];
  for (let c = 0; c < 3; c++)
    for (let k = 0; k < perClass; k++) {
      inputs.push(l2Normalize(centres[c]!.map((v) => v + (rand() - 0.5) * 0.8)));
      labels.push(c);
    }
  return { inputs, labels, classes: 3 };
}

describe("training the head", () => {
  it("holds out 15 % of each class, at least one photo once a class has 3", () => {
    expect(heldOutCount(2, 0.15)).toBe(0);
    expect(heldOutCount(3, 0.15)).toBe(1);
    expect(heldOutCount(20, 0.15)).toBe(3);
    expect(heldOutCount(100, 0.15)).toBe(15);
    const labels = [...new Array(20).fill(0), ...new Array(10).fill(1)] as number[];
    const split = splitValidation(labels, 0.15, 1);
    expect(split.validation.filter((i) => labels[i] === 0)).toHaveLength(3);
    expect(split.validation.filter((i) => labels[i] === 1)).toHaveLength(2);
    expect(split.train.length + split.validation.length).toBe(30);
    expect(new Set([...split.train, ...split.validation]).size).toBe(30);
  });

  it("learns separable classes: loss falls and validation accuracy is perfect", () => {
    const data = clusters(20, 5);
    const run = trainToEnd(data, { epochs: 50 });
    const first = run.history[0]!;
    const last = run.history.at(-1)!;
    expect(run.history).toHaveLength(50);
    expect(last.loss).toBeLessThan(first.loss / 2);
    expect(last.validationAccuracy).toBe(1);
    const m = confusionMatrix(run.weights, data, run.split.validation);
    expect(m.map((row, c) => row[c])).toEqual([3, 3, 3]);
  });

  it("is reproducible with the same seed and differs with another", () => {
    const data = clusters(10, 9);
    const a = trainToEnd(data, { epochs: 5, seed: 3 });
    const b = trainToEnd(data, { epochs: 5, seed: 3 });
    const c = trainToEnd(data, { epochs: 5, seed: 4 });
    expect(Array.from(a.weights.w1)).toEqual(Array.from(b.weights.w1));
    expect(a.history).toEqual(b.history);
    expect(Array.from(a.weights.w1)).not.toEqual(Array.from(c.weights.w1));
  });
});
