/** The page's API over the training worker: one run at a time, epochs to a callback, stop(). */
import type { EpochReport, TrainOptions } from "./train";
import type { TrainRequest, TrainResponse, TrainedHead } from "./train-protocol";

export class TrainClient {
  private readonly worker: Worker;
  private nextId = 1;
  private active: {
    readonly id: number;
    readonly onEpoch: (r: EpochReport) => void;
    readonly resolve: (h: TrainedHead) => void;
    readonly reject: (e: Error) => void;
  } | null = null;

  constructor() {
    this.worker = new Worker(new URL("./train.worker.ts", import.meta.url), {
      type: "module",
      name: "teach-train",
    });
    this.worker.onmessage = (e: MessageEvent<TrainResponse>) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.active?.reject(
        new Error(`The training worker stopped (${e.message || "it could not start"}).`),
      );
      this.active = null;
    };
  }

  train(
    inputs: readonly Float32Array[],
    labels: readonly number[],
    classes: number,
    options: Partial<TrainOptions>,
    onEpoch: (r: EpochReport) => void,
  ): Promise<TrainedHead> {
    this.active?.reject(new Error("A newer training run started."));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.active = { id, onEpoch, resolve, reject };
      this.worker.postMessage({
        type: "train",
        id,
        inputs,
        labels,
        classes,
        options,
      } satisfies TrainRequest);
    });
  }

  /** Ends the current run after its current epoch; its promise resolves with the head so far. */
  stop(): void {
    if (this.active)
      this.worker.postMessage({ type: "stop", id: this.active.id } satisfies TrainRequest);
  }

  terminate(): void {
    this.worker.terminate();
    this.active?.reject(new Error("The training worker was closed."));
    this.active = null;
  }

  private receive(msg: TrainResponse): void {
    const a = this.active;
    if (!a || a.id !== msg.id) return;
    if (msg.type === "epoch") return a.onEpoch(msg.report);
    this.active = null;
    if (msg.type === "done") a.resolve(msg.head);
    else a.reject(new Error(msg.message));
  }
}
