/// <reference lib="webworker" />
/**
 * Trains the head off the main thread. Between two epochs it yields to its message queue, so a
 * "stop" is heard; the epochs are posted as they finish, for the live chart.
 */
import { plainErrorReply } from "@/lib/inference/serve-in-order";
import type { TrainRequest, TrainResponse } from "./train-protocol";
import type { TrainingState } from "./train";
import { confusionMatrix, train } from "./train";

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
  const it = train(data, req.options, holder);
  let stopped = false;
  for (;;) {
    const step = it.next();
    if (step.done) break;
    post({ type: "epoch", id: req.id, report: step.value });
    await new Promise((r) => setTimeout(r, 0)); // let a "stop" message in
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
