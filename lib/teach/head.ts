/**
 * The trained head, with Teachable Machine's shape: dense(hidden, ReLU) → dense(classes) → softmax,
 * trained with cross-entropy. Plain Float32Array math: at 100 hidden units and ≤ 20 classes a forward
 * and backward pass over a batch of 16 is ~a million multiply-adds, far below what a library would save.
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

interface Activations {
  readonly hidden: Float32Array;
  readonly probabilities: Float32Array;
}

function forwardOne(w: HeadWeights, x: ArrayLike<number>): Activations {
  const hidden = new Float32Array(w.hidden);
  for (let j = 0; j < w.hidden; j++) {
    let s = w.b1[j]!;
    const row = j * w.inputSize;
    for (let i = 0; i < w.inputSize; i++) s += w.w1[row + i]! * x[i]!;
    hidden[j] = s > 0 ? s : 0;
  }
  const out = new Float32Array(w.classes);
  for (let c = 0; c < w.classes; c++) {
    let s = w.b2[c]!;
    const row = c * w.hidden;
    for (let j = 0; j < w.hidden; j++) s += w.w2[row + j]! * hidden[j]!;
    out[c] = s;
  }
  return { hidden, probabilities: softmaxInPlace(out) };
}

/** Class probabilities for one embedding. */
export function predictHead(w: HeadWeights, x: ArrayLike<number>): Float32Array {
  return forwardOne(w, x).probabilities;
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
  if (grads) for (const g of Object.values(grads) as Float32Array[]) g.fill(0);
  const n = inputs.length;
  let loss = 0;
  let correct = 0;
  const dHidden = new Float32Array(w.hidden);
  for (let k = 0; k < n; k++) {
    const x = inputs[k]!;
    const y = labels[k]!;
    const { hidden, probabilities: p } = forwardOne(w, x);
    loss -= Math.log(Math.max(p[y]!, 1e-12));
    let best = 0;
    for (let c = 1; c < w.classes; c++) if (p[c]! > p[best]!) best = c;
    if (best === y) correct += 1;
    if (!grads) continue;
    // d(loss)/d(logit_c) = p_c − [c = y], averaged over the batch.
    dHidden.fill(0);
    for (let c = 0; c < w.classes; c++) {
      const d = (p[c]! - (c === y ? 1 : 0)) / n;
      grads.b2[c]! += d;
      const row = c * w.hidden;
      for (let j = 0; j < w.hidden; j++) {
        grads.w2[row + j]! += d * hidden[j]!;
        dHidden[j]! += d * w.w2[row + j]!;
      }
    }
    for (let j = 0; j < w.hidden; j++) {
      if (hidden[j]! <= 0) continue; // ReLU passes no gradient where it was off
      const d = dHidden[j]!;
      grads.b1[j]! += d;
      const row = j * w.inputSize;
      for (let i = 0; i < w.inputSize; i++) grads.w1[row + i]! += d * x[i]!;
    }
  }
  return { loss: n > 0 ? loss / n : 0, correct };
}
