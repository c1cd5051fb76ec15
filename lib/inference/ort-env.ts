/**
 * The only module that configures onnxruntime-web. WASM sessions use the plain SIMD-threaded build
 * (`onnxruntime-web/wasm`: ort-wasm-simd-threaded.wasm, 14 MB, 3.7 MB gzipped); the WebGPU build
 * (`onnxruntime-web/webgpu`, which needs the 27 MB asyncify .wasm) is imported only when a WebGPU
 * session is asked for. Both read their .wasm from the content-hashed /ort/<hash>/ folder that
 * `npm run copy:ort` fills and next.config.js passes in as NEXT_PUBLIC_ORT_BASE.
 */
import * as ortWasm from "onnxruntime-web/wasm";
import type { Backend } from "./protocol";

export type Ort = typeof ortWasm;

const ORT_BASE = process.env.NEXT_PUBLIC_ORT_BASE ?? "/ort/";

/**
 * WASM threads to ask for, the same on every page: every core up to 4 when SharedArrayBuffer
 * exists, else 1 (ORT would fall back anyway). Measured on a quiet 2-core machine (bench:inference,
 * "bareThreads", V1 0.75): 2 threads 17.6 ms, 1 thread 28.2 ms. On a machine loaded by other work
 * the order flips (ORT's pool spins waiting for its slowest thread), but a learner's page is
 * usually the only thing running, so the quiet case decides.
 */
export function wantedThreads(isolated: boolean, cores: number | undefined): number {
  return isolated ? Math.max(1, Math.min(4, cores ?? 2)) : 1;
}

const configured = new WeakSet<object>();

function configure(ort: Ort, threads?: number): Ort {
  if (!configured.has(ort.env)) {
    ort.env.wasm.wasmPaths = ORT_BASE;
    ort.env.wasm.numThreads =
      threads ??
      wantedThreads(
        globalThis.crossOriginIsolated === true,
        globalThis.navigator?.hardwareConcurrency,
      );
    ort.env.wasm.proxy = false; // already off the main thread: this module only runs in workers
    ort.env.logLevel = "error";
    configured.add(ort.env);
  }
  return ort;
}

/**
 * The plain WASM build, configured: enough for every WASM session and for the env probe. `threads`
 * overrides the page-wide count; it only counts on this worker's first call.
 */
export function configureOrt(threads?: number): Ort {
  return configure(ortWasm, threads);
}

let webgpuBuild: Promise<Ort> | undefined;

/** The build that serves `backend`; the WebGPU one is fetched on first use only. */
export function ortFor(backend: Backend): Promise<Ort> {
  if (backend === "wasm") return Promise.resolve(configureOrt());
  webgpuBuild ??= import("onnxruntime-web/webgpu").then((m) => configure(m as Ort));
  return webgpuBuild;
}
