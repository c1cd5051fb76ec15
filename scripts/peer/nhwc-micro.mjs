#!/usr/bin/env node
// Micro-benchmarks for the NHWC rewrite (issue 8): single-layer graphs, onnxruntime-web WASM in Node,
// 1 thread, interleaved, median of N runs. node scripts/peer/nhwc-micro.mjs
import * as ort from "onnxruntime-web";
import { encodeModel, FLOAT, INT64 } from "./onnx-proto.mjs";

ort.env.wasm.numThreads = Number(process.env.THREADS ?? 1);
const f32 = (name, dims, data) => ({
  name,
  dims,
  data_type: FLOAT,
  raw_data: new Uint8Array(
    Float32Array.from(
      data ?? Array.from({ length: dims.reduce((a, b) => a * b, 1) }, () => Math.random() - 0.5),
    ).buffer,
  ),
});
const i64 = (name, vals) => ({
  name,
  dims: [vals.length],
  data_type: INT64,
  raw_data: new Uint8Array(BigInt64Array.from(vals.map(BigInt)).buffer),
});
const A = (name, v) =>
  Array.isArray(v)
    ? { name, type: 7, ints: v }
    : typeof v === "string"
      ? { name, type: 3, s: new TextEncoder().encode(v) }
      : Number.isInteger(v)
        ? { name, type: 2, i: v }
        : { name, type: 1, f: v };
const node = (op, input, output, attrs = {}) => ({
  op_type: op,
  input,
  output,
  attribute: Object.entries(attrs).map(([k, v]) => A(k, v)),
});
const vi = (name, dims) => ({
  name,
  type: { tensor_type: { elem_type: FLOAT, shape: { dim: dims.map((d) => ({ dim_value: d })) } } },
});
export function model(nodes, inits, inputs, outputs) {
  return encodeModel({
    ir_version: 8,
    opset_import: [{ domain: "", version: 13 }],
    graph: {
      name: "g",
      node: nodes,
      initializer: inits,
      input: inputs.map(([n, d]) => vi(n, d)),
      output: outputs.map(([n, d]) => vi(n, d)),
    },
  });
}
export { f32, i64, node, vi };

if (import.meta.url !== `file://${process.argv[1]}`) {
} else {
  const cases = {};
  // pointwise: [cin, cout, hw]
  for (const [ci, co, s] of [
    [16, 96, 112],
    [144, 24, 56],
    [32, 192, 28],
    [384, 64, 14],
    [960, 160, 7],
    [320, 1280, 7],
    [576, 96, 14],
  ]) {
    const hw = s * s,
      key = `pw ${ci}->${co}@${s}`;
    const w = Array.from({ length: ci * co }, () => Math.random() - 0.5);
    cases[key] = {
      conv: {
        m: model(
          [node("Conv", ["x", "w", "b"], ["y"], { kernel_shape: [1, 1] })],
          [f32("w", [co, ci, 1, 1], w), f32("b", [co])],
          [["x", [1, ci, s, s]]],
          [["y", [1, co, s, s]]],
        ),
        x: [1, ci, s, s],
      },
      matmul: {
        m: model(
          [node("MatMul", ["x", "w"], ["t"]), node("Add", ["t", "b"], ["y"])],
          [f32("w", [ci, co]), f32("b", [co])],
          [["x", [hw, ci]]],
          [["y", [hw, co]]],
        ),
        x: [hw, ci],
      },
      gemm: {
        m: model(
          [node("Gemm", ["x", "w", "b"], ["y"])],
          [f32("w", [ci, co]), f32("b", [co])],
          [["x", [hw, ci]]],
          [["y", [hw, co]]],
        ),
        x: [hw, ci],
      },
    };
  }
  // depthwise 3x3: [c, s, stride]
  for (const [c, s, st] of [
    [96, 112, 2],
    [144, 56, 1],
    [192, 28, 1],
    [384, 14, 1],
    [576, 14, 1],
    [960, 7, 1],
  ]) {
    const o = st === 2 ? s / 2 : s,
      key = `dw ${c}@${s}s${st}`;
    const pads = st === 2 ? [0, 0, 1, 1] : [1, 1, 1, 1];
    const dwNodes = (x, y) => [
      node("Conv", [x, "w", "b"], [y], { kernel_shape: [3, 3], group: c, pads, strides: [st, st] }),
    ];
    const inits = () => [f32("w", [c, 1, 3, 3]), f32("b", [c])];
    const taps = () => {
      // NHWC [s, s, c] → Pad → 9 Slice → Mul by w[k] (shape [c]) → Add chain
      const nodes = [node("Pad", ["x", "pp"], ["xp"])];
      const ini = [i64("pp", st === 2 ? [0, 0, 0, 1, 1, 0] : [1, 1, 0, 1, 1, 0]), f32("b", [c])];
      let acc = null;
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++) {
          const k = i * 3 + j;
          ini.push(
            i64(`st${k}`, [i, j]),
            i64(`en${k}`, [i + st * (o - 1) + 1, j + st * (o - 1) + 1]),
            f32(`w${k}`, [c]),
          );
          nodes.push(
            node("Slice", ["xp", `st${k}`, `en${k}`, "ax", "stp"], [`s${k}`]),
            node("Mul", [`s${k}`, `w${k}`], [`m${k}`]),
          );
          if (acc) {
            nodes.push(node("Add", [acc, `m${k}`], [`a${k}`]));
            acc = `a${k}`;
          } else acc = `m${k}`;
        }
      ini.push(i64("ax", [0, 1]), i64("stp", [st, st]));
      nodes.push(node("Add", [acc, "b"], ["y"]));
      return model(nodes, ini, [["x", [s, s, c]]], [["y", [o, o, c]]]);
    };
    cases[key] = {
      conv: {
        m: model(dwNodes("x", "y"), inits(), [["x", [1, c, s, s]]], [["y", [1, c, o, o]]]),
        x: [1, c, s, s],
      },
      trans: {
        m: model(
          [
            node("Reshape", ["x", "s4"], ["x4"]),
            node("Transpose", ["x4"], ["xt"], { perm: [0, 3, 1, 2] }),
            ...dwNodes("xt", "yt"),
            node("Transpose", ["yt"], ["y4"], { perm: [0, 2, 3, 1] }),
            node("Reshape", ["y4", "s2"], ["y"]),
          ],
          [...inits(), i64("s4", [1, s, s, c]), i64("s2", [o * o, c])],
          [["x", [s * s, c]]],
          [["y", [o * o, c]]],
        ),
        x: [s * s, c],
      },
      taps: { m: taps(), x: [s, s, c] },
    };
  }

  const N = Number(process.env.N ?? 30);
  const only = process.argv[2] ? new RegExp(process.argv[2]) : null;
  for (const [key, variants] of Object.entries(cases)) {
    if (only && !only.test(key)) continue;
    const sess = {};
    for (const [v, { m, x }] of Object.entries(variants)) {
      const s = await ort.InferenceSession.create(m);
      const feed = {
        x: new ort.Tensor(
          "float32",
          new Float32Array(x.reduce((a, b) => a * b)).map(() => Math.random()),
          x,
        ),
      };
      for (let i = 0; i < 3; i++) await s.run(feed);
      sess[v] = { s, feed, t: [] };
    }
    for (let i = 0; i < N; i++)
      for (const v of Object.values(sess)) {
        const t0 = performance.now();
        await v.s.run(v.feed);
        v.t.push(performance.now() - t0);
      }
    const med = (a) => a.sort((p, q) => p - q)[a.length >> 1];
    console.log(
      key.padEnd(20),
      Object.entries(sess)
        .map(([v, { t }]) => `${v} ${med(t).toFixed(3)}`)
        .join("  "),
    );
    for (const v of Object.values(sess)) await v.s.release();
  }
}
