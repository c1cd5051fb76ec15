/**
 * The trained head, with Teachable Machine's shape: dense(hidden, ReLU) → dense(classes) → softmax,
 * trained with cross-entropy. Plain Float32Array math: predicting one photo is ~0.1 M multiply-adds,
 * instant here. Training (50 epochs of ~2 G multiply-adds for 200 photos) runs on onnxruntime's SIMD
 * kernels instead (train-graph.ts); these gradients are the reference its tests compare with.
 * Weights are row-major [out][in], as ONNX Gemm with transB = 1 reads them.
 */
import { fillUniform, mulberry32 } from "@/lib/onnx/seeded-random";

export const DEFAULT_HIDDEN = 100;

export interface HeadWeights {
  readonly inputSize: number;
  readonly hidden: number;
  readonly classes: number;
  /** hidden × inputSize */
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  /** classes × hidden */
  readonly w2: Float32Array;
  readonly b2: Float32Array;
}

/** Glorot-uniform weights (Keras' default, which Teachable Machine uses), zero biases, seeded. */
export function initHead(
  inputSize: number,
  classes: number,
  seed: number,
  hidden = DEFAULT_HIDDEN,
): HeadWeights {
  const rand = mulberry32(seed);
  const seedOf = () => Math.floor(rand() * 2 ** 32);
  return {
    inputSize,
    hidden,
    classes,
    w1: fillUniform(
      new Float32Array(hidden * inputSize),
      Math.sqrt(6 / (inputSize + hidden)),
      seedOf(),
    ),
    b1: new Float32Array(hidden),
    w2: fillUniform(
      new Float32Array(classes * hidden),
      Math.sqrt(6 / (hidden + classes)),
      seedOf(),
    ),
    b2: new Float32Array(classes),
  };
}

/** Softmax of `logits` in place (max subtracted first, so large logits do not overflow). */
export function softmaxInPlace(logits: Float32Array): Float32Array {
  let max = -Infinity;
  for (const v of logits) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const e = Math.exp(logits[i]! - max);
    logits[i] = e;
    sum += e;
  }
  for (let i = 0; i < logits.length; i++) logits[i]! /= sum;
  return logits;
}

/** Σ a[aAt + i]·b[i] over i < n; four accumulators, so the adds do not wait on each other. */
function dot(a: Float32Array, aAt: number, b: ArrayLike<number>, n: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    s0 += a[aAt + i]! * b[i]!;
    s1 += a[aAt + i + 1]! * b[i + 1]!;
    s2 += a[aAt + i + 2]! * b[i + 2]!;
    s3 += a[aAt + i + 3]! * b[i + 3]!;
  }
  for (; i < n; i++) s0 += a[aAt + i]! * b[i]!;
  return s0 + s1 + s2 + s3;
}

/**
 * The batch's hidden activations, [k][j]. Hidden unit by hidden unit over the whole batch, so each
 * row of w1 (inputSize floats) is read from memory once per batch, not once per photo.
 */
function hiddenOfBatch(w: HeadWeights, inputs: readonly ArrayLike<number>[]): Float32Array {
  const { hidden: units, inputSize, w1, b1 } = w;
  const out = new Float32Array(inputs.length * units);
  for (let j = 0; j < units; j++) {
    const row = j * inputSize;
    for (let k = 0; k < inputs.length; k++) {
      const s = b1[j]! + dot(w1, row, inputs[k]!, inputSize);
      out[k * units + j] = s > 0 ? s : 0;
    }
  }
  return out;
}

/** Softmax of the output layer for photo k of the batch. */
function probabilitiesOf(w: HeadWeights, hidden: Float32Array, k: number): Float32Array {
  const { hidden: units, classes, w2, b2 } = w;
  const h = hidden.subarray(k * units, (k + 1) * units);
  const out = new Float32Array(classes);
  for (let c = 0; c < classes; c++) out[c] = b2[c]! + dot(w2, c * units, h, units);
  return softmaxInPlace(out);
}

/** Class probabilities for one embedding. */
export function predictHead(w: HeadWeights, x: ArrayLike<number>): Float32Array {
  return probabilitiesOf(w, hiddenOfBatch(w, [x]), 0);
}

export interface Gradients {
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly w2: Float32Array;
  readonly b2: Float32Array;
}

export function zeroGradients(w: HeadWeights): Gradients {
  return {
    w1: new Float32Array(w.w1.length),
    b1: new Float32Array(w.b1.length),
    w2: new Float32Array(w.w2.length),
    b2: new Float32Array(w.b2.length),
  };
}

/**
 * Mean cross-entropy over the batch and, when `grads` is given, its gradient accumulated into it
 * (overwritten, not added to). `inputs[k]` is an embedding, `labels[k]` its class.
 */
export function lossAndGradients(
  w: HeadWeights,
  inputs: readonly ArrayLike<number>[],
  labels: readonly number[],
  grads?: Gradients,
): { loss: number; correct: number } {
  const n = inputs.length;
  const { hidden: units, classes, w2 } = w;
  const hidden = hiddenOfBatch(w, inputs);
  // d(loss)/d(hidden), [k][j]: filled below when gradients are wanted.
  const dHidden = grads ? new Float32Array(n * units) : null;
  if (grads) for (const g of Object.values(grads) as Float32Array[]) g.fill(0);
  let loss = 0;
  let correct = 0;
  for (let k = 0; k < n; k++) {
    const y = labels[k]!;
    const p = probabilitiesOf(w, hidden, k);
    loss -= Math.log(Math.max(p[y]!, 1e-12));
    let best = 0;
    for (let c = 1; c < classes; c++) if (p[c]! > p[best]!) best = c;
    if (best === y) correct += 1;
    if (!grads || !dHidden) continue;
    // d(loss)/d(logit_c) = p_c − [c = y], averaged over the batch.
    const at = k * units;
    for (let c = 0; c < classes; c++) {
      const d = (p[c]! - (c === y ? 1 : 0)) / n;
      grads.b2[c]! += d;
      const row = c * units;
      for (let j = 0; j < units; j++) {
        grads.w2[row + j]! += d * hidden[at + j]!;
        dHidden[at + j]! += d * w2[row + j]!;
      }
    }
  }
  if (grads && dHidden) accumulateFirstLayer(w, inputs, hidden, dHidden, grads);
  return { loss: n > 0 ? loss / n : 0, correct };
}

/** w1 and b1's gradients, row by row of w1 over the batch (each row stays in cache). */
function accumulateFirstLayer(
  w: HeadWeights,
  inputs: readonly ArrayLike<number>[],
  hidden: Float32Array,
  dHidden: Float32Array,
  grads: Gradients,
): void {
  const { hidden: units, inputSize } = w;
  const g1 = grads.w1;
  for (let j = 0; j < units; j++) {
    const row = j * inputSize;
    for (let k = 0; k < inputs.length; k++) {
      if (hidden[k * units + j]! <= 0) continue; // ReLU passes no gradient where it was off
      const d = dHidden[k * units + j]!;
      grads.b1[j]! += d;
      const x = inputs[k]!;
      for (let i = 0; i < inputSize; i++) g1[row + i]! += d * x[i]!;
    }
  }
}
