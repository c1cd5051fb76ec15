import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/lib/onnx/seeded-random";
import type { HeadWeights } from "./head";
import { initHead, lossAndGradients, predictHead, zeroGradients } from "./head";

function randomInputs(n: number, size: number, seed: number): Float32Array[] {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, () => Float32Array.from({ length: size }, () => rand() * 2 - 1));
}

/** Central difference of the loss w.r.t. one weight, in float64 around the float32 value. */
function numericGradient(
  w: HeadWeights,
  key: "w1" | "b1" | "w2" | "b2",
  index: number,
  inputs: Float32Array[],
  labels: number[],
): number {
  const h = 1e-3; // small enough to cross no ReLU kink here, large for float32 round-off
  const original = w[key][index]!;
  w[key][index] = original + h;
  const plus = lossAndGradients(w, inputs, labels).loss;
  w[key][index] = original - h;
  const minus = lossAndGradients(w, inputs, labels).loss;
  w[key][index] = original;
  return (plus - minus) / (2 * h);
}

describe("trained head", () => {
  it("gives probabilities that sum to 1", () => {
    const w = initHead(8, 4, 1, 5);
    const p = predictHead(w, randomInputs(1, 8, 2)[0]!);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it("has analytic gradients that match finite differences", () => {
    const w = initHead(6, 3, 7, 5);
    // Non-zero biases so that some ReLUs are off and some on.
    w.b1.set([0.3, -0.2, 0.1, -0.4, 0.25]);
    w.b2.set([0.1, -0.1, 0.05]);
    const inputs = randomInputs(4, 6, 3);
    const labels = [0, 2, 1, 2];
    const grads = zeroGradients(w);
    lossAndGradients(w, inputs, labels, grads);
    let checked = 0;
    for (const key of ["w1", "b1", "w2", "b2"] as const) {
      for (let i = 0; i < w[key].length; i += 3) {
        const numeric = numericGradient(w, key, i, inputs, labels);
        expect(Math.abs(grads[key][i]! - numeric), `${key}[${i}]`).toBeLessThan(5e-4);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(15);
    // The gradients are not all zero: the check above would pass trivially otherwise.
    expect(Math.max(...grads.w1.map(Math.abs))).toBeGreaterThan(1e-3);
  });
});
