/**
 * Starts onnxruntime-web's WASM runtime before any model is there: onnxruntime-web fetches and
 * compiles its .wasm and starts its threads inside the first `InferenceSession.create`, so creating
 * a session over a one-node graph (y = Relu(x), 88 bytes) does all of that while the real model is
 * still downloading.
 */
import type { Ort } from "./ort-env";

/** ONNX bytes of y = Relu(x), x and y float32 [1] (made by lib/onnx's GraphBuilder; see the test). */
export const TINY_MODEL = new Uint8Array([
  8, 8, 18, 13, 109, 111, 98, 105, 108, 101, 110, 101, 116, 45, 108, 97, 98, 26, 1, 49, 58, 62, 10,
  15, 10, 1, 120, 18, 1, 121, 26, 1, 121, 34, 4, 82, 101, 108, 117, 18, 9, 109, 111, 98, 105, 108,
  101, 110, 101, 116, 90, 15, 10, 1, 120, 18, 10, 10, 8, 8, 1, 18, 4, 10, 2, 8, 1, 98, 15, 10, 1,
  121, 18, 10, 10, 8, 8, 1, 18, 4, 10, 2, 8, 1, 66, 2, 16, 17,
]);

let started: Promise<void> | undefined;

/** Once per worker; failures are ignored (the real session will report them). */
export function startWasmRuntime(ort: Ort): Promise<void> {
  started ??= ort.InferenceSession.create(TINY_MODEL, { executionProviders: ["wasm"] })
    .then((s) => s.release())
    .catch(() => undefined);
  return started;
}
