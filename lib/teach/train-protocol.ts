/** Messages between /teach and its training worker: epochs stream out, a stop ends the run early. */
import type { PlainErrorReply } from "@/lib/inference/worker-messages";
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
  | {
      readonly type: "train";
      readonly id: number;
      /** Unit-length embeddings, one per photo. */
      readonly inputs: readonly Float32Array[];
      readonly labels: readonly number[];
      readonly classes: number;
      readonly options: Partial<TrainOptions>;
    }
  | { readonly type: "stop"; readonly id: number };

export type TrainResponse =
  | { readonly type: "epoch"; readonly id: number; readonly report: EpochReport }
  | { readonly type: "done"; readonly id: number; readonly head: TrainedHead }
  | PlainErrorReply;
