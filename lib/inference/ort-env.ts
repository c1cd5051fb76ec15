/**
 * The only module that configures onnxruntime-web, once, before the first session. The app imports
 * one ORT entry point ("onnxruntime-web/webgpu", which serves both the WebGPU and WASM EPs through the
 * asyncify .mjs/.wasm pair) and loads its runtime files from /ort/, self-hosted by `npm run copy:ort`.
 */
import * as ort from "onnxruntime-web/webgpu";

let configured = false;

/** WASM threads to ask for: all cores up to 4 when SharedArrayBuffer exists, else 1 (ORT would fall back anyway). */
export function wantedThreads(isolated: boolean, cores: number | undefined): number {
  return isolated ? Math.max(1, Math.min(4, cores ?? 2)) : 1;
}

export function configureOrt(): typeof ort {
  if (!configured) {
    ort.env.wasm.wasmPaths = "/ort/";
    ort.env.wasm.numThreads = wantedThreads(
      globalThis.crossOriginIsolated === true,
      globalThis.navigator?.hardwareConcurrency,
    );
    ort.env.wasm.proxy = false; // already off the main thread: this module only runs in the worker
    ort.env.logLevel = "error";
    configured = true;
  }
  return ort;
}
