import type { InferenceErrorCode } from "@/lib/inference/errors";
import type { WorkerStage } from "@/lib/inference/protocol";

/** The page's one status union: never parallel booleans. */
export type RunState =
  | { readonly status: "idle" }
  | {
      readonly status: "downloading";
      readonly modelId: string;
      readonly loaded: number;
      readonly total: number | null;
    }
  | { readonly status: "busy"; readonly stage: WorkerStage; readonly label?: string }
  | { readonly status: "done" }
  | {
      readonly status: "error";
      readonly code: InferenceErrorCode | "setup";
      readonly title: string;
      readonly message: string;
    };
