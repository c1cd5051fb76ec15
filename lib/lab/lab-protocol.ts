/** The typed messages between the lab page and the lab worker. Every request carries an id; replies echo it. */
import type { Message, PlainErrorReply } from "@/lib/inference/worker-messages";
import type { WebGpuAdapterProbe } from "@/lib/inference/webgpu-adapter";
import type { ModelId } from "@/lib/arch/types";
import type { LabJob } from "./lab-grid";
import type { Measurement, OpSplit } from "./measurement";

/**
 * What the worker is doing for the current request (shown as progress). "warming-up" is the last
 * message before the timed runs: warm-up and timing show as one stage so the page does not
 * re-render while runs are timed.
 */
export type LabStage = "building" | "creating-session" | "warming-up" | "profiling";

export interface LabEnv {
  readonly crossOriginIsolated: boolean;
  /** WASM threads onnxruntime-web uses (1 without cross-origin isolation). */
  readonly threads: number;
  readonly webgpu: WebGpuAdapterProbe;
  readonly ortVersion: string;
}

export interface MeasureOptions {
  /** Timed warm runs; the median is reported. */
  readonly runs: number;
  /** Also time kernels by op kind with ORT's profiler (WASM only; in a separate worker). */
  readonly profile: boolean;
}

export type LabRequest =
  | Message<"probe">
  | Message<
      "measure",
      {
        job: LabJob;
        /** Timed runs after warm-up. */
        runs: number;
      }
    >
  /** Sent to the separate profiling worker only (a profiled session slows its WASM instance). */
  | Message<"profile", { job: LabJob }>
  | Message<"export", { model: ModelId; alpha: number; resolution: number }>;

export type LabResponse =
  | Message<"probe", { env: LabEnv }>
  | Message<"stage", { stage: LabStage }>
  | Message<"measured", { measurement: Measurement }>
  | Message<"profiled", { opSplit: OpSplit | null }>
  | Message<"exported", { bytes: ArrayBuffer; fileName: string }>
  | PlainErrorReply;
