#!/usr/bin/env node
// Does onnxruntime-web's WASM build (1.30) run com.microsoft FusedGemm with a Clip activation (Gemm+ReLU6 in one
// kernel)? Result: no. "activation_params" is rejected by the schema, and activation "Clip" with
// activation_alpha/beta fails with "FusedGemm ... unknown kernel type". So NHWC Gemm always needs a separate Clip.
import * as ort from "onnxruntime-web";
import { encodeModel } from "./onnx-proto.mjs";
import { f32, vi } from "./nhwc-micro.mjs";
ort.env.wasm.numThreads = 1;
const attrs = (o) =>
  Object.entries(o).map(([name, v]) =>
    typeof v === "string"
      ? { name, type: 3, s: new TextEncoder().encode(v) }
      : typeof v === "number" && !Number.isInteger(v)
        ? { name, type: 1, f: v }
        : Array.isArray(v)
          ? { name, type: 6, floats: v }
          : { name, type: 2, i: v },
  );
const build = (nodes, inits, M, K, N) =>
  encodeModel({
    ir_version: 8,
    opset_import: [
      { domain: "", version: 13 },
      { domain: "com.microsoft", version: 1 },
    ],
    graph: {
      name: "g",
      node: nodes,
      initializer: inits,
      input: [vi("x", [M, K])],
      output: [vi("y", [M, N])],
    },
  });
const N = 40;
for (const [M, K, Nn] of [
  [49, 160, 960],
  [196, 64, 384],
  [49, 320, 1280],
  [196, 96, 576],
]) {
  const inits = [f32("w", [Nn, K]), f32("b", [Nn]), f32("lo", [], [0]), f32("hi", [], [6])];
  const vs = {
    gemmclip: build(
      [
        { op_type: "Gemm", input: ["x", "w", "b"], output: ["t"], attribute: attrs({ transB: 1 }) },
        { op_type: "Clip", input: ["t", "lo", "hi"], output: ["y"], attribute: [] },
      ],
      inits,
      M,
      K,
      Nn,
    ),
    fusedgemm: build(
      [
        {
          op_type: "FusedGemm",
          domain: "com.microsoft",
          input: ["x", "w", "b"],
          output: ["y"],
          attribute: attrs({
            transB: 1,
            activation: "Clip",
            activation_alpha: 0.0000001,
            activation_beta: 6.5,
          }),
        },
      ],
      inits.slice(0, 2),
      M,
      K,
      Nn,
    ),
  };
  const S = {};
  for (const [k, m] of Object.entries(vs)) {
    const s = await ort.InferenceSession.create(m, { graphOptimizationLevel: "disabled" });
    const feed = {
      x: new ort.Tensor(
        "float32",
        new Float32Array(M * K).map(() => Math.random() * 2 - 1),
        [M, K],
      ),
    };
    S[k] = { s, feed, t: [], out: (await s.run(feed)).y.data };
  }
  let maxd = 0;
  for (let i = 0; i < S.gemmclip.out.length; i++)
    maxd = Math.max(maxd, Math.abs(S.gemmclip.out[i] - S.fusedgemm.out[i]));
  for (let i = 0; i < N; i++)
    for (const v of Object.values(S)) {
      const t0 = performance.now();
      await v.s.run(v.feed);
      v.t.push(performance.now() - t0);
    }
  console.log(
    `${M}x${K}x${Nn}`.padEnd(14),
    Object.entries(S)
      .map(([k, v]) => `${k} ${v.t.sort((a, b) => a - b)[N >> 1].toFixed(3)}`)
      .join("  "),
    "maxdiff",
    maxd,
    "max",
    Math.max(...S.fusedgemm.out),
  );
}
