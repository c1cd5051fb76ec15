#!/usr/bin/env node
// Whole-model A/B in Node with onnxruntime-web (WASM): interleaved, median/min of N runs each.
//   THREADS=1 N=30 node scripts/peer/nhwc-bench.mjs <a.onnx> <b.onnx> [...]
import { readFileSync } from "node:fs";
import * as ort from "onnxruntime-web";
import { makeInput } from "./make-input.mjs";

ort.env.wasm.numThreads = Number(process.env.THREADS ?? 1);
const N = Number(process.env.N ?? 30);
const manifest = JSON.parse(
  readFileSync(new URL("../../lib/models/manifest.json", import.meta.url), "utf8"),
);
const pre = manifest.models.find((m) => m.file === "mobilenet-v2-1.0-224.onnx").preprocessing;
const x = await makeInput("/work/shared/samples/golden-retriever.jpg", pre);
const files = process.argv.slice(2);
const rows = [];
for (const f of files) {
  const s = await ort.InferenceSession.create(readFileSync(f));
  const feed = { [s.inputNames[0]]: new ort.Tensor("float32", x, [1, 3, 224, 224]) };
  for (let i = 0; i < 5; i++) await s.run(feed);
  rows.push({ f, s, feed, t: [] });
}
for (let i = 0; i < N; i++)
  for (const r of i % 2 ? [...rows].reverse() : rows) {
    const t0 = performance.now();
    await r.s.run(r.feed);
    r.t.push(performance.now() - t0);
  }
const med = (a) => [...a].sort((p, q) => p - q)[a.length >> 1];
const base = med(rows[0].t);
for (const r of rows)
  console.log(
    `${r.f.padEnd(50)} median ${med(r.t).toFixed(2)} ms  min ${Math.min(...r.t).toFixed(2)}  ratio ${(med(r.t) / base).toFixed(3)}`,
  );
