import { existsSync, readFileSync } from "node:fs";
import * as ort from "onnxruntime-web";
import { expect, test } from "vitest";
import { buildOnnxModel } from "./build-onnx-model";

const REAL_V2 = "public/models/mobilenet-v2-1.0-224.onnx";
const ROUNDS = 8;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

async function timer(bytes: Uint8Array): Promise<() => Promise<number>> {
  const session = await ort.InferenceSession.create(bytes, { executionProviders: ["wasm"] });
  const x = new Float32Array(3 * 224 * 224).map((_, i) => Math.sin(i * 0.001));
  const feeds = {
    [session.inputNames[0] ?? "input"]: new ort.Tensor("float32", x, [1, 3, 224, 224]),
  };
  return async () => {
    const t0 = performance.now();
    await session.run(feeds);
    return performance.now() - t0;
  };
}

/**
 * Same architecture, different weights → about the same time. Timings are interleaved (real, built, real…)
 * so machine noise hits both alike. The band is generous: this guards against a structurally different
 * graph (missing fusions, wrong strides), not against a few percent of noise.
 */
test.skipIf(!existsSync(REAL_V2))(
  "built V2 1.0-224 runs within 0.5–2× of the real V2 on ORT-web WASM",
  async () => {
    ort.env.wasm.numThreads = 1;
    const real = await timer(new Uint8Array(readFileSync(REAL_V2)));
    const built = await timer(buildOnnxModel("v2", { alpha: 1, resolution: 224 }).bytes);
    for (let i = 0; i < 2; i++) {
      await real();
      await built();
    }
    const realMs: number[] = [];
    const builtMs: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      realMs.push(await real());
      builtMs.push(await built());
    }
    const ratio = median(builtMs) / median(realMs);
    console.info(
      `V2 1.0-224 ORT-web WASM 1 thread: real ${median(realMs).toFixed(1)} ms, built ${median(builtMs).toFixed(1)} ms, ratio ${ratio.toFixed(2)}`,
    );
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  },
);
