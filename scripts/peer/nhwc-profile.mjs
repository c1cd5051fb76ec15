#!/usr/bin/env node
// Per-op-type kernel time (ORT-web WASM profiler, Node, 1 thread). The profiler prints Chrome-trace
// events on stdout; pipe them in:  node scripts/peer/nhwc-profile.mjs run <model.onnx> > trace.txt
//                                  node scripts/peer/nhwc-profile.mjs sum trace.txt [--nodes]
import { readFileSync } from "node:fs";
import * as ort from "onnxruntime-web";
import { makeInput } from "./make-input.mjs";
const [cmd, file, flag] = process.argv.slice(2);
const R = 15;
if (cmd === "run") {
  ort.env.wasm.numThreads = 1;
  const manifest = JSON.parse(
    readFileSync(new URL("../../lib/models/manifest.json", import.meta.url), "utf8"),
  );
  const pre = manifest.models.find((m) => m.file === "mobilenet-v2-1.0-224.onnx").preprocessing;
  const x = await makeInput("/work/shared/samples/golden-retriever.jpg", pre);
  const s = await ort.InferenceSession.create(readFileSync(file), { enableProfiling: true });
  const feed = { [s.inputNames[0]]: new ort.Tensor("float32", x, [1, 3, 224, 224]) };
  for (let i = 0; i < R; i++) await s.run(feed);
  s.endProfiling();
} else {
  const per = new Map();
  for (const p of readFileSync(file, "utf8").split("\n")) {
    const t = p.trim().replace(/,$/, "");
    if (!t.startsWith('{"cat"')) continue;
    const ev = JSON.parse(t);
    if (ev.cat !== "Node" || !ev.name.endsWith("_kernel_time")) continue;
    if (!per.has(ev.name))
      per.set(ev.name, {
        op: ev.args.op_name,
        shape: JSON.stringify(ev.args.output_type_shape?.[0]?.float),
        d: [],
      });
    per.get(ev.name).d.push(ev.dur / 1000);
  }
  const byOp = {};
  let tot = 0;
  for (const [k, v] of per) {
    const d = v.d.slice(1).sort((a, b) => a - b);
    const m = d[d.length >> 1];
    byOp[v.op] = (byOp[v.op] ?? 0) + m;
    tot += m;
    if (flag === "--nodes") console.log(v.op.padEnd(12), v.shape.padEnd(18), m.toFixed(3), k);
  }
  console.log(
    file,
    "kernels",
    per.size,
    "total",
    tot.toFixed(2),
    "ms;",
    Object.entries(byOp)
      .sort((a, b) => b[1] - a[1])
      .map(([o, m]) => `${o} ${m.toFixed(2)}`)
      .join(", "),
  );
}
