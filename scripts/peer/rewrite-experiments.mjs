#!/usr/bin/env node
// Graph rewrites tried while tuning (issue 8), kept so the results can be reproduced:
//   node scripts/peer/rewrite-experiments.mjs <in.onnx> <out-dir>
// writes <out-dir>/v2-dwgroup{2,4,8}.onnx: every depthwise 3×3 Conv turned into a grouped Conv with
// g channels per group and a block-diagonal (zero-padded) filter. Same arithmetic result (the extra
// terms are exact zeros); it lets MLAS use its 2-row SGEMM kernel instead of M=1 GEMV per channel.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { attr, decodeModel, encodeModel, floatData } from "./onnx-proto.mjs";

function groupDepthwise(model, g) {
  const init = new Map(model.graph.initializer.map((t) => [t.name, t]));
  for (const n of model.graph.node) {
    if (n.op_type !== "Conv") continue;
    const group = attr(n, "group", 1);
    const w = init.get(n.input[1]);
    const [c, perGroup] = w.dims.map(Number);
    if (group === 1 || perGroup !== 1 || group !== c || c % g) continue;
    const k = Number(w.dims[2]) * Number(w.dims[3]);
    const src = floatData(w);
    const dst = new Float32Array(c * g * k);
    for (let o = 0; o < c; o++) dst.set(src.subarray(o * k, o * k + k), (o * g + (o % g)) * k);
    w.dims = [c, g, w.dims[2], w.dims[3]];
    w.raw_data = new Uint8Array(dst.buffer);
    w.float_data = [];
    n.attribute.find((a) => a.name === "group").i = c / g;
  }
  return model;
}

const [src, outDir] = process.argv.slice(2);
for (const g of [2, 4, 8]) {
  const m = groupDepthwise(decodeModel(readFileSync(src)), g);
  writeFileSync(join(outDir, `v2-dwgroup${g}.onnx`), encodeModel(m));
}
console.log("written");
