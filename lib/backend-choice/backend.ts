/** Where a model runs: onnxruntime-web's two browser backends, and the user's choice among them. */
export type Backend = "wasm" | "webgpu";
export type BackendChoice = "auto" | Backend;

/** What Auto needs to know about this browser's WebGPU adapter. */
export interface AdapterFacts {
  readonly available: boolean;
  /** Names the adapter ("nvidia ampere"), or says why there is none. */
  readonly description: string;
  /** The software emulation's name ("SwiftShader"), or null for a hardware adapter or none. */
  readonly softwareName: string | null;
}

/** Auto's timed choice for one model on one device: what is remembered and shown. */
export interface AutoTiming {
  readonly backend: Backend;
  /** Median warm `session.run` on each backend, ms, measured in the same interleaved rounds. */
  readonly wasmMs: number;
  readonly webgpuMs: number;
}
