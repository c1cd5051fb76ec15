/** The typed messages between the /model page and its worker. Every request carries an id; replies echo it. */
import type { Message, PlainErrorReply } from "@/lib/inference/worker-messages";
import type { ModelAnalysis } from "./analyze-model";
import type { Preprocessing } from "./preprocess-presets";
import type { Spread } from "@/lib/stats/spread";
import type { Prediction } from "@/lib/inference/postprocess";
import type { Backend } from "@/lib/inference/protocol";

/** A file the manifest pins by sha256: its preprocessing and labels come from there. */
export interface KnownFile {
  readonly id: string;
  readonly title: string;
  readonly preprocessing: Preprocessing;
}

export interface AnalyzedFile {
  readonly analysis: ModelAnalysis;
  readonly sha256: string;
  readonly bytes: number;
  readonly known: KnownFile | null;
  /** For a recognised real model: its conv/FC node names → the engine's block names (as /inside). */
  readonly layerNames?: Readonly<Record<string, string>>;
  /** Set for a classifier exported by /teach: its own class names (in output order) and backbone. */
  readonly taught?: { readonly classes: readonly string[]; readonly backboneTitle: string } | null;
}

export interface FileTiming {
  readonly backend: Backend;
  /** e.g. "WASM, 1 thread" or "WebGPU (google swiftshader)". */
  readonly device: string;
  /** True when WebGPU ran on a CPU emulation: its times say nothing about a GPU. */
  readonly softwareAdapter: boolean;
  readonly sessionMs: number;
  readonly firstRunMs: number;
  readonly runsMs: readonly number[];
  readonly spread: Spread;
}

export interface FilePredictions {
  readonly backend: Backend;
  readonly top5: readonly Prediction[];
  /** The crop the model saw (RGBA), for display. */
  readonly crop: Uint8ClampedArray;
  readonly cropSize: number;
  readonly runMs: number;
}

export type ModelFileRequest =
  | Message<"probe">
  | Message<"analyze", { bytes: ArrayBuffer; inputSize: number }>
  | Message<"resize", { inputSize: number }>
  | Message<"time", { backend: Backend; runs: number }>
  | Message<"classify", { backend: Backend; image: Blob; preprocessing: Preprocessing }>;

export type ModelFileResponse =
  | Message<"probe", { webgpu: boolean; webgpuDescription: string }>
  | Message<"analyzed", { file: AnalyzedFile }>
  | Message<"timed", { timing: FileTiming }>
  | Message<"classified", { predictions: FilePredictions }>
  | PlainErrorReply;
