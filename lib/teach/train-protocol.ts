/** Messages between /teach and its training worker: epochs stream out, a stop ends the run early. */
import type { Message, PlainErrorReply } from "@/lib/inference/worker-messages";
import type { HeadWeights } from "./head";
import type { EpochReport, Split, TrainOptions } from "./train";

export interface TrainedHead {
  readonly weights: HeadWeights;
  readonly split: Split;
  readonly history: readonly EpochReport[];
  /** rows = true class, columns = predicted, on the validation photos. */
  readonly confusion: readonly (readonly number[])[];
  readonly stopped: boolean;
  readonly ms: number;
}

export type TrainRequest =
  | Message<
      "train",
      {
        /** Unit-length embeddings, one per photo. */
        inputs: readonly Float32Array[];
        labels: readonly number[];
        classes: number;
        options: Partial<TrainOptions>;
      }
    >
  | Message<"stop">;

export type TrainResponse =
  | Message<"epoch", { report: EpochReport }>
  | Message<"done", { head: TrainedHead }>
  | PlainErrorReply;
