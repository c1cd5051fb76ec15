/**
 * The typed messages between the /inside page and its worker. The inside worker keeps its own session
 * of the model with every layer's tensors exposed as extra outputs, so the classify worker's plain
 * session is untouched. One photo = one run; the page then asks for one layer at a time.
 */
import type { ErrorReply, Message, ProgressReply } from "@/lib/inference/worker-messages";
import type { OpKind, TensorShape } from "@/lib/arch/types";
import type { TapActivation } from "./layer-map";
import type { LayerDetail, LayerRunStats } from "./layer-report";
import type { InferenceErrorCode } from "@/lib/inference/errors";
import type { Prediction } from "@/lib/inference/postprocess";
import type { Backend, BackendChoice, ModelSpec } from "@/lib/inference/protocol";

export type { LayerDetail, LayerRunStats };

/** The cost engine's view of a model (manifest "engine"). */
export interface EngineRef {
  readonly model: string;
  readonly alpha: number;
  readonly resolution: number;
}

/** One mapped layer: the engine's numbers and the real graph's activation. */
export interface InsideLayer {
  readonly index: number;
  readonly path: string;
  readonly op: OpKind;
  readonly activation: TapActivation;
  readonly input: TensorShape;
  readonly output: TensorShape;
  readonly kernel: number;
  readonly stride: number;
  readonly groups: number;
  readonly macs: number;
  readonly params: number;
}

export interface InsideSession {
  readonly modelId: string;
  readonly backend: Backend;
  /** Set when the page asked for WebGPU (or Auto) and got WASM: why, shown on screen. */
  readonly fallback: string | null;
  readonly layers: readonly InsideLayer[];
  /** Parse + expose + re-serialize of the model bytes in the worker, ms. */
  readonly exposeMs: number;
  readonly sessionCreateMs: number;
  /** The warm-up run on a blank image before "opened" (kernels prepared), ms. */
  readonly warmUpMs: number;
}

/** What the worker holds after a run: the byteLength of its typed arrays, counted, not estimated. */
export interface InsideMemory {
  /** Every tensor the exposed run returned: what the worker would hold if it kept them all. */
  readonly exposedBytes: number;
  /** What it keeps of this run: the selected layer in full, every other as 8-bit thumbnails. */
  readonly keptBytes: number;
}

export interface InsideRunResult {
  readonly modelId: string;
  readonly backend: Backend;
  readonly top5: readonly Prediction[];
  /** The one exposed-outputs run, ms. */
  readonly runMs: number;
  /** Stats of every layer from that run, ms. */
  readonly statsMs: number;
  readonly layers: readonly LayerRunStats[];
  readonly memory: InsideMemory;
  /** This worker's runs so far (1 for its first photo): lets a test count inferences. */
  readonly runNumber: number;
  /** The 224×224 RGBA crop the model saw. */
  readonly crop: Uint8ClampedArray;
  readonly cropSize: number;
}

export type InsideRequest =
  | Message<"open", { model: ModelSpec; engine: EngineRef; backend: BackendChoice }>
  | Message<
      "run",
      {
        modelId: string;
        image: Blob;
        /** The selected layer: kept in full; every other layer only as stats and thumbnails. */
        keep: number;
      }
    >
  | Message<"layer", { modelId: string; index: number }>;

export type InsideResponse =
  | ProgressReply
  | Message<"opened", { session: InsideSession }>
  | Message<"ran", { result: InsideRunResult }>
  | Message<"layer", { detail: LayerDetail }>
  | ErrorReply<InferenceErrorCode | "no-layer-mapping">;
