/**
 * Training the head: 15 % of each class held out for validation, a seeded shuffle every epoch,
 * batches of 16, Adam, cross-entropy (Teachable Machine's conventions). A generator, one epoch per
 * step. Plain JS: the reference that train-ort.ts (what the worker runs, ~5× faster) is tested
 * against, and the split, shuffle and defaults both share.
 */
import { mulberry32 } from "@/lib/onnx/seeded-random";
import { Adam } from "./adam";
import type { HeadWeights } from "./head";
import { initHead, lossAndGradients, predictHead, zeroGradients } from "./head";

export interface TrainOptions {
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly validationShare: number;
  readonly seed: number;
  readonly hidden: number;
}

export const TRAIN_DEFAULTS: TrainOptions = {
  epochs: 50,
  batchSize: 16,
  learningRate: 0.001,
  validationShare: 0.15,
  seed: 42,
  hidden: 100,
};

export interface EpochReport {
  readonly epoch: number;
  readonly loss: number;
  readonly trainAccuracy: number;
  /** null when no photo is held out (too few photos). */
  readonly validationLoss: number | null;
  readonly validationAccuracy: number | null;
}

export interface Split {
  readonly train: readonly number[];
  readonly validation: readonly number[];
}

/** Fisher–Yates shuffle of a copy, driven by `rand`. */
export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Photos held out of a class of n: 15 % rounded, at least one once the class has 3 photos. */
export function heldOutCount(n: number, share: number): number {
  if (n < 3) return 0;
  return Math.min(n - 2, Math.max(1, Math.round(n * share)));
}

/** Indices into `labels`, split per class with a seeded shuffle (the same seed, the same split). */
export function splitValidation(labels: readonly number[], share: number, seed: number): Split {
  const rand = mulberry32(seed ^ 0x5eed);
  const byClass = new Map<number, number[]>();
  labels.forEach((c, i) => byClass.set(c, [...(byClass.get(c) ?? []), i]));
  const train: number[] = [];
  const validation: number[] = [];
  for (const c of [...byClass.keys()].sort((a, b) => a - b)) {
    const idx = shuffled(byClass.get(c)!, rand);
    const held = heldOutCount(idx.length, share);
    validation.push(...idx.slice(0, held));
    train.push(...idx.slice(held));
  }
  return { train: train.sort((a, b) => a - b), validation: validation.sort((a, b) => a - b) };
}

export interface TrainingData {
  readonly inputs: readonly Float32Array[];
  readonly labels: readonly number[];
  readonly classes: number;
}

export interface TrainingState {
  readonly weights: HeadWeights;
  readonly split: Split;
  readonly history: EpochReport[];
}

/** Mean loss and accuracy of `indices` (no gradients). */
export function evaluate(
  w: HeadWeights,
  data: TrainingData,
  indices: readonly number[],
): { loss: number; accuracy: number } | null {
  if (indices.length === 0) return null;
  const { loss, correct } = lossAndGradients(
    w,
    indices.map((i) => data.inputs[i]!),
    indices.map((i) => data.labels[i]!),
  );
  return { loss, accuracy: correct / indices.length };
}

/**
 * Trains a fresh head; each step of the generator is one finished epoch. `state` is filled in
 * before the first epoch, so a stopped run still has its weights and split.
 */
export function* train(
  data: TrainingData,
  options: Partial<TrainOptions> = {},
  state: { current?: TrainingState } = {},
): Generator<EpochReport, TrainingState> {
  const o = { ...TRAIN_DEFAULTS, ...options };
  const inputSize = data.inputs[0]?.length ?? 0;
  const weights = initHead(inputSize, data.classes, o.seed, o.hidden);
  const split = splitValidation(data.labels, o.validationShare, o.seed);
  const history: EpochReport[] = [];
  state.current = { weights, split, history };
  const adam = new Adam(weights, {
    learningRate: o.learningRate,
    beta1: 0.9,
    beta2: 0.999,
    epsilon: 1e-7,
  });
  const grads = zeroGradients(weights);
  const rand = mulberry32(o.seed);
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const order = shuffled(split.train, rand);
    let lossSum = 0;
    let correct = 0;
    for (let at = 0; at < order.length; at += o.batchSize) {
      const batch = order.slice(at, at + o.batchSize);
      const r = lossAndGradients(
        weights,
        batch.map((i) => data.inputs[i]!),
        batch.map((i) => data.labels[i]!),
        grads,
      );
      adam.step(grads);
      lossSum += r.loss * batch.length;
      correct += r.correct;
    }
    const val = evaluate(weights, data, split.validation);
    const report: EpochReport = {
      epoch,
      loss: order.length ? lossSum / order.length : 0,
      trainAccuracy: order.length ? correct / order.length : 0,
      validationLoss: val?.loss ?? null,
      validationAccuracy: val?.accuracy ?? null,
    };
    history.push(report);
    yield report;
  }
  return state.current;
}

/** Runs `train` to the end (tests, benchmark, backbone comparison). */
export function trainToEnd(data: TrainingData, options: Partial<TrainOptions> = {}): TrainingState {
  const it = train(data, options);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}

/** rows = true class, columns = predicted class, over `indices`. */
export function confusionMatrix(
  w: HeadWeights,
  data: TrainingData,
  indices: readonly number[],
): number[][] {
  const m = Array.from({ length: data.classes }, () => new Array<number>(data.classes).fill(0));
  for (const i of indices) {
    const p = predictHead(w, data.inputs[i]!);
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    m[data.labels[i]!]![best]! += 1;
  }
  return m;
}
