/// <reference lib="webworker" />
/**
 * Trains the head off the main thread, on onnxruntime's WASM kernels (train-ort.ts; the same .wasm
 * the embedding worker has already fetched). Between two epochs it yields to its message queue, so
 * a "stop" is heard; the epochs are posted as they finish, for the live chart.
 */
import { plainErrorReply } from "@/lib/inference/serve-in-order";
import { configureOrt } from "@/lib/inference/ort-env";
import { yieldToEvents } from "@/lib/inference/yield-to-events";
import type { TrainRequest, TrainResponse } from "./train-protocol";
import type { TrainingState } from "./train";
import { confusionMatrix } from "./train";
import { trainOrt, TRAINING_THREADS } from "./train-ort";

const scope = self as unknown as DedicatedWorkerGlobalScope;
let stopRequested = false;

function post(msg: TrainResponse): void {
  scope.postMessage(msg);
}

async function run(req: Extract<TrainRequest, { type: "train" }>): Promise<void> {
  stopRequested = false;
  const t0 = performance.now();
  const data = { inputs: req.inputs, labels: req.labels, classes: req.classes };
  const holder: { current?: TrainingState } = {};
  let stopped = false;
  // Leaving this loop early ends the generator, which releases its session.
  for await (const report of trainOrt(configureOrt(TRAINING_THREADS), data, req.options, holder)) {
    post({ type: "epoch", id: req.id, report });
    await yieldToEvents(); // let a "stop" message in (a timer would be clamped to 4 ms per epoch)
    if (stopRequested) {
      stopped = true;
      break;
    }
  }
  const state = holder.current!;
  post({
    type: "done",
    id: req.id,
    head: {
      weights: state.weights,
      split: state.split,
      history: state.history,
      confusion: confusionMatrix(state.weights, data, state.split.validation),
      stopped,
      ms: performance.now() - t0,
    },
  });
}

scope.onmessage = (event: MessageEvent<TrainRequest>) => {
  const req = event.data;
  if (req.type === "stop") {
    stopRequested = true;
    return;
  }
  run(req).catch((err: unknown) => post(plainErrorReply(req.id, err)));
};
