/**
 * The training the page runs: train.ts's math, epoch for epoch, executed by onnxruntime's SIMD
 * kernels (train-graph.ts) instead of plain JS loops: ~5× faster. One session per training run
 * (the photos baked in), one `run` per epoch, so each epoch is still reported and a stop is still
 * heard between two of them. Same initial weights, split, shuffle and Adam step sizes as train.ts,
 * which stays the reference the tests compare with: only the kernels' float summation order differs.
 */
import type * as Ort from "onnxruntime-web";
import { encodeModel } from "@/lib/onnx/onnx-proto";
import { mulberry32 } from "@/lib/onnx/seeded-random";
import type { HeadWeights } from "./head";
import { initHead } from "./head";
import type { EpochReport, TrainingData, TrainingState, TrainOptions } from "./train";
import { shuffled, splitValidation, train, TRAIN_DEFAULTS } from "./train";
import type { StateName } from "./train-graph";
import {
  BATCH_CORRECT_OUTPUT,
  BATCH_LOSS_OUTPUT,
  batchBounds,
  buildEpochModel,
  ORDER_INPUT,
  outputOf,
  STATE_NAMES,
  stateDims,
  STEP_SIZES_INPUT,
  VALIDATION_CORRECT_OUTPUT,
  VALIDATION_LOSS_OUTPUT,
} from "./train-graph";

/** What training needs of onnxruntime-web (the page's WASM build or the Node package). */
export type OrtRuntime = Pick<typeof Ort, "Tensor" | "InferenceSession">;

/**
 * WASM threads for training: 1. Its matrix products are small (a batch of 16 × 1280 × 100), so a
 * second thread gains little and loses under load (ORT's pool waits on its slowest thread).
 * Measured on the shared 2-core machine, 200 photos × 50 epochs, time as a ratio to the JS path
 * in the same process: load 3–5, 1 thread 0.175–0.178×, 2 threads 0.152–0.163×; load 7–9,
 * 1 thread 0.19–0.22×, 2 threads 0.30–0.37×. One thread also leaves the other core to the
 * embedding worker, which may be predicting live meanwhile.
 */
export const TRAINING_THREADS = 1;

/** Keras' Adam defaults, as adam.ts has them. */
const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };

/** Keras' Adam step size for update t (1-based): the bias corrections folded in, as adam.ts does. */
function adamStepSize(learningRate: number, t: number): number {
  return (learningRate * Math.sqrt(1 - ADAM.beta2 ** t)) / (1 - ADAM.beta1 ** t);
}

type State = Record<StateName, Float32Array>;

function initialState(w: HeadWeights): State {
  const zeros = (a: Float32Array) => new Float32Array(a.length);
  return {
    w1: w.w1,
    b1: w.b1,
    w2: w.w2,
    b2: w.b2,
    m_w1: zeros(w.w1),
    m_b1: zeros(w.b1),
    m_w2: zeros(w.w2),
    m_b2: zeros(w.b2),
    v_w1: zeros(w.w1),
    v_b1: zeros(w.b1),
    v_w2: zeros(w.w2),
    v_b2: zeros(w.b2),
  };
}

const sum = (a: Float32Array) => a.reduce((x, y) => x + y, 0);

/**
 * train.ts's `train`, on onnxruntime: an async generator, one step per finished epoch; `state` is
 * filled in before the first epoch and after each, so a stopped run has its latest weights.
 * Leaving the loop early (a stop) releases the session.
 */
export async function* trainOrt(
  ort: OrtRuntime,
  data: TrainingData,
  options: Partial<TrainOptions> = {},
  state: { current?: TrainingState } = {},
): AsyncGenerator<EpochReport, TrainingState> {
  const o = { ...TRAIN_DEFAULTS, ...options };
  const inputSize = data.inputs[0]?.length ?? 0;
  const initial = initHead(inputSize, data.classes, o.seed, o.hidden);
  const split = splitValidation(data.labels, o.validationShare, o.seed);
  // Nothing to train on: the JS path reports its empty epochs as cheaply.
  if (split.train.length === 0) return yield* train(data, options, state);
  const history: EpochReport[] = [];
  state.current = { weights: initial, split, history };
  const pick = (idx: readonly number[]) => ({
    inputs: idx.map((i) => data.inputs[i]!),
    labels: idx.map((i) => data.labels[i]!),
  });
  const model = buildEpochModel({
    inputSize,
    hidden: o.hidden,
    classes: data.classes,
    batchSize: o.batchSize,
    train: pick(split.train),
    validation: pick(split.validation),
    ...ADAM,
  });
  const session = await ort.InferenceSession.create(encodeModel(model), {
    executionProviders: ["wasm"],
  });
  try {
    const nTrain = split.train.length;
    const nVal = split.validation.length;
    const batches = batchBounds(nTrain, o.batchSize).length;
    // Shuffling positions 0…n−1 with the same generator gives train.ts's order of split.train.
    const positions = Array.from({ length: nTrain }, (_, i) => i);
    const rand = mulberry32(o.seed);
    let carried = initialState(initial);
    for (let epoch = 1; epoch <= o.epochs; epoch++) {
      const order = BigInt64Array.from(shuffled(positions, rand), BigInt);
      const firstStep = (epoch - 1) * batches + 1;
      const steps = Float32Array.from({ length: batches }, (_, b) =>
        adamStepSize(o.learningRate, firstStep + b),
      );
      const feeds: Record<string, Ort.Tensor> = {
        [ORDER_INPUT]: new ort.Tensor("int64", order, [nTrain]),
        [STEP_SIZES_INPUT]: new ort.Tensor("float32", steps, [batches]),
      };
      for (const n of STATE_NAMES)
        feeds[n] = new ort.Tensor("float32", carried[n], stateDims(n, initial));
      const out = await session.run(feeds);
      const f = (name: string) => out[name]!.data as Float32Array;
      carried = Object.fromEntries(STATE_NAMES.map((n) => [n, f(outputOf(n))])) as State;
      const { w1, b1, w2, b2 } = carried;
      const report: EpochReport = {
        epoch,
        loss: sum(f(BATCH_LOSS_OUTPUT)) / nTrain,
        trainAccuracy: sum(f(BATCH_CORRECT_OUTPUT)) / nTrain,
        validationLoss: nVal ? f(VALIDATION_LOSS_OUTPUT)[0]! / nVal : null,
        validationAccuracy: nVal ? f(VALIDATION_CORRECT_OUTPUT)[0]! / nVal : null,
      };
      history.push(report);
      state.current = { weights: { ...initial, w1, b1, w2, b2 }, split, history };
      yield report;
    }
    return state.current;
  } finally {
    await session.release();
  }
}

/** Runs `trainOrt` to the end (tests, benchmark). */
export async function trainOrtToEnd(
  ort: OrtRuntime,
  data: TrainingData,
  options: Partial<TrainOptions> = {},
): Promise<TrainingState> {
  const it = trainOrt(ort, data, options);
  for (;;) {
    const step = await it.next();
    if (step.done) return step.value;
  }
}
