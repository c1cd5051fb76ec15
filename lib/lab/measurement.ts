import type { MobileNetVersion, ModelId } from "@/lib/arch/types";
import type { NodeCategory } from "@/lib/onnx/graph-builder";
import type { WarmUp } from "@/lib/stats/steady-state";
import type { LabBackend } from "./lab-grid";

/** Milliseconds of profiled kernel time per op category for one run. */
export type OpSplit = Readonly<Partial<Record<NodeCategory, number>>>;

/** One timed point: a built graph on one backend. */
export interface Measurement {
  readonly key: string;
  readonly model: ModelId;
  readonly version: MobileNetVersion;
  readonly alpha: number;
  readonly resolution: number;
  readonly backend: LabBackend;
  /** e.g. "WASM, 2 threads" or "WebGPU google swiftshader". */
  readonly device: string;
  /** True when WebGPU ran on a CPU emulation (SwiftShader): its timings say nothing about a GPU. */
  readonly softwareAdapter: boolean;
  /** Engine multiply-adds (papers' convention). */
  readonly macs: number;
  /** Engine params (papers' convention: conv/FC weights + biases, BN excluded). */
  readonly params: number;
  /** Learned floats in the .onnx file (engine params + folded BN biases + layer-scale/norm tensors). */
  readonly graphParams: number;
  readonly graphBytes: number;
  readonly buildMs: number;
  readonly sessionMs: number;
  /** The first run after session creation (includes one-off kernel/shader setup). */
  readonly firstRunMs: number;
  /** How many untimed runs it took until times were steady (or the warm-up cap was hit). */
  readonly warmUp: WarmUp;
  /** Every timed warm run, in order. */
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  readonly opSplit: OpSplit | null;
}

/** Median of a non-empty list (mean of the middle two for even lengths). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Achieved GFLOP/s = 2 × MACs / time (one multiply-add = 2 floating-point operations). */
export function achievedGflops(macs: number, ms: number): number {
  return ms > 0 ? (2 * macs) / (ms * 1e6) : NaN;
}

/** File name of a built graph, e.g. "mobilenet-v2-0.5-128-random.onnx". */
export function onnxFileName(model: ModelId, alpha: number, resolution: number): string {
  return `mobilenet-${model}-${alpha}-${resolution}-random.onnx`;
}

/** GFLOP/s for display: 2 significant digits below 1 (software WebGPU reaches ~0.01), else 1 decimal. */
export function formatGflops(gflops: number): string {
  if (!Number.isFinite(gflops)) return "–";
  return gflops < 1 ? gflops.toPrecision(2) : gflops.toFixed(1);
}
