/** The typed messages between a page and the throw-away layer-timing worker. */
import type { Message, PlainErrorReply } from "@/lib/inference/worker-messages";
import type { EngineRef } from "@/lib/inside/inside-protocol";
import type { ModelSpec } from "@/lib/inference/protocol";
import type { WarmUp } from "@/lib/stats/steady-state";
import type { Ceilings } from "./roofline";
import type { TimingSummary } from "./summarize";

/** What to time: a real model of the catalogue (its layers named by the /inside map) or any file. */
export type TimingSource =
  | { readonly kind: "model"; readonly model: ModelSpec; readonly engine: EngineRef }
  | { readonly kind: "file"; readonly bytes: ArrayBuffer; readonly inputSize: number };

export type TimingStage =
  "loading" | "timing-unprofiled" | "measuring-ceilings" | "warming-profiled" | "profiling";

export interface TimingProgress {
  readonly stage: TimingStage;
  /** 0–1 over the whole job (stages have rough fixed weights). */
  readonly fraction: number;
}

export interface LayerTimingReport {
  readonly summary: TimingSummary;
  readonly ceilings: Ceilings;
  /** "WASM, 2 threads" */
  readonly device: string;
  readonly ortVersion: string;
  /** How the profiled session was warmed before its runs were kept. */
  readonly warmUp: WarmUp;
  /** Wall time of the whole job, worker start excluded (loading, timing, ceilings, profiling). */
  readonly jobMs: number;
  /** Set when the layers are named by the ONNX node (a file, or a model the /inside map does not fit). */
  readonly namesFromNodes: boolean;
}

export type TimingRequest =
  | Message<
      "time-layers",
      {
        source: TimingSource;
        /** Profiled runs kept after warm-up (split in two halves for the share check). */
        runs: number;
      }
    >
  /** The two ceilings alone (the lesson's "your ridge point"): no model, no profiler. */
  | Message<"measure-ceilings", { runs: number }>;

export type TimingResponse =
  | Message<"progress", { progress: TimingProgress }>
  | Message<"timed", { report: LayerTimingReport }>
  | Message<"ceilings", { ceilings: Ceilings; device: string; jobMs: number }>
  | PlainErrorReply;
