/** The page's API over the training worker: one run at a time, epochs to a callback, stop(). */
import { updatesOf, WorkerRpc } from "@/lib/inference/worker-rpc";
import type { EpochReport, TrainOptions } from "./train";
import type { TrainRequest, TrainResponse, TrainedHead } from "./train-protocol";

export class TrainClient {
  private readonly rpc = new WorkerRpc<TrainRequest, TrainResponse>(
    new Worker(new URL("./train.worker.ts", import.meta.url), {
      type: "module",
      name: "teach-train",
    }),
    { label: "the training worker" },
  );
  private activeId: number | null = null;

  train(
    inputs: readonly Float32Array[],
    labels: readonly number[],
    classes: number,
    options: Partial<TrainOptions>,
    onEpoch: (r: EpochReport) => void,
  ): Promise<TrainedHead> {
    this.rpc.failPending(new Error("A newer training run started."));
    const id = this.rpc.upcomingId;
    this.activeId = id;
    const epochs = updatesOf<TrainResponse, "epoch">("epoch", (m) => onEpoch(m.report));
    return this.rpc
      .ask({ type: "train", inputs, labels, classes, options }, "done", epochs)
      .then((m) => m.head)
      .finally(() => {
        if (this.activeId === id) this.activeId = null;
      });
  }

  /** Ends the current run after its current epoch; its promise resolves with the head so far. */
  stop(): void {
    if (this.activeId !== null) this.rpc.notify({ type: "stop", id: this.activeId });
  }

  terminate(): void {
    this.rpc.terminate();
  }
}
