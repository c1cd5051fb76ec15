/** The typed messages between the lab page and the lab worker. Every request carries an id; replies echo it. */
import type { WebGpuAdapterProbe } from "@/lib/inference/webgpu-adapter";
import type { ModelId } from "@/lib/arch/types";
import type { LabJob } from "./lab-grid";
import type { Measurement } from "./measurement";

/** What the worker is doing for the current request (shown as progress). */
export type LabStage = "building" | "creating-session" | "warming-up" | "timing" | "profiling";

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
  /** Also time kernels by op kind with ORT's profiler (WASM only; one extra session and run). */
  readonly profile: boolean;
}

export type LabRequest =
  | { readonly type: "probe"; readonly id: number }
  | {
      readonly type: "measure";
      readonly id: number;
      readonly job: LabJob;
      readonly options: MeasureOptions;
    }
  | {
      readonly type: "export";
      readonly id: number;
      readonly model: ModelId;
      readonly alpha: number;
      readonly resolution: number;
    };

export type LabResponse =
  | { readonly type: "probe"; readonly id: number; readonly env: LabEnv }
  | { readonly type: "stage"; readonly id: number; readonly stage: LabStage }
  | { readonly type: "measured"; readonly id: number; readonly measurement: Measurement }
  | {
      readonly type: "exported";
      readonly id: number;
      readonly bytes: ArrayBuffer;
      readonly fileName: string;
    }
  | { readonly type: "error"; readonly id: number; readonly message: string };
