#!/usr/bin/env node
// ReLU6 formulations on one tensor, onnxruntime-web WASM in Node, 1 thread (issue 8 NHWC experiment).
import * as ort from "onnxruntime-web";
import { model, node, f32 } from "./nhwc-micro.mjs";
ort.env.wasm.numThreads = 1;
const N = 40;
for (const dims of [
  [196, 576],
  [49, 1280],
  [3136, 144],
]) {
  const c = (v) => f32("c" + v, [], [v]);
  const vs = {
    clip: model(
      [node("Clip", ["x", "c0", "c6"], ["y"])],
      [c(0), c(6)],
      [["x", dims]],
      [["y", dims]],
    ),
    maxmin: model(
      [node("Max", ["x", "c0"], ["t"]), node("Min", ["t", "c6"], ["y"])],
      [c(0), c(6)],
      [["x", dims]],
      [["y", dims]],
    ),
    relumin: model(
      [node("Relu", ["x"], ["t"]), node("Min", ["t", "c6"], ["y"])],
      [c(6)],
      [["x", dims]],
      [["y", dims]],
    ),
    add: model([node("Add", ["x", "c6"], ["y"])], [c(6)], [["x", dims]], [["y", dims]]),
  };
  const S = {};
  for (const [k, m] of Object.entries(vs)) {
    const s = await ort.InferenceSession.create(m);
    const feed = {
      x: new ort.Tensor(
        "float32",
        new Float32Array(dims[0] * dims[1]).map(() => Math.random() * 10 - 2),
        dims,
      ),
    };
    await s.run(feed);
    S[k] = { s, feed, t: [] };
  }
  for (let i = 0; i < N; i++)
    for (const v of Object.values(S)) {
      const t0 = performance.now();
      await v.s.run(v.feed);
      v.t.push(performance.now() - t0);
    }
  console.log(
    dims.join("x").padEnd(10),
    Object.entries(S)
      .map(([k, v]) => `${k} ${v.t.sort((a, b) => a - b)[N >> 1].toFixed(3)}`)
      .join("  "),
  );
}
