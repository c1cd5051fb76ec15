#!/usr/bin/env node
// Issue 8 experiment: offline channels-last rewrite of MobileNet-style ONNX graphs for onnxruntime-web.
//   node scripts/peer/nhwc-rewrite.mjs <in.onnx> <out.onnx> [--max-size 14] [--dw taps|conv] [--sum]
// From the first layer whose input map is ≤ max-size on, activations are kept as [H*W, C]:
//   - 1×1 Conv      → Gemm(X[HW,Cin], W[Cout,Cin] (constant, transB=1 → MLAS prepacks it), bias)
//   - depthwise 3×3 → "taps": Pad (folding a preceding Pad node) + 9 × (Slice + Mul by the per-channel
//                     weight [C]) + Add chain + bias, all on [H, W, C]  (--dw conv: Transpose → Conv → Transpose)
//   - Clip / Add / Identity pass through; ReduceMean(axes 2,3) → ReduceMean(axis 0)
// Larger maps stay NCHW (MLAS's Conv is faster there). One Transpose at the switch.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  attr,
  decodeModel,
  encodeModel,
  floatData,
  int64Data,
  FLOAT,
  INT64,
} from "./onnx-proto.mjs";

const i64 = (name, vals) => ({
  name,
  dims: [vals.length],
  data_type: INT64,
  raw_data: new Uint8Array(BigInt64Array.from(vals.map(BigInt)).buffer),
});
const f32 = (name, dims, arr) => ({
  name,
  dims,
  data_type: FLOAT,
  raw_data: new Uint8Array(Float32Array.from(arr).buffer),
});
const A = (name, v) => (Array.isArray(v) ? { name, type: 7, ints: v } : { name, type: 2, i: v });
const mk = (op, input, output, attrs = {}) => ({
  op_type: op,
  input,
  output,
  name: output[0] + "_nhwc",
  attribute: Object.entries(attrs).map(([k, v]) => A(k, v)),
});

/**
 * @param {object} model decoded ModelProto (mutated and returned)
 * @param {{ maxSize?: number, dw?: "taps" | "conv" }} opts
 */
export function nhwcRewrite(model, { maxSize = 14, dw = "taps", sum = false } = {}) {
  const g = model.graph;
  const init = new Map(g.initializer.map((t) => [t.name, t]));
  const newInits = [];
  const out = [];
  const inDims = g.input[0].type.tensor_type.shape.dim.map((d) => Number(d.dim_value));
  /** name → { layout: "nchw" | "hw_c" | "h_w_c", c, h, w } ; hw_c = [H*W, C], h_w_c = [H, W, C] */
  const info = new Map([
    [g.input[0].name, { layout: "nchw", c: inDims[1], h: inDims[2], w: inDims[3] }],
  ]);
  const alias = new Map();
  const name = (x) => alias.get(x) ?? x;
  let uid = 0;
  const fresh = (p) => `${p}_nhwc${uid++}`;
  const toHWC = (x) => {
    const i = info.get(x);
    if (i.layout === "hw_c") return x;
    if (i.layout === "h_w_c") {
      const s = fresh("shp"),
        y = fresh("r2");
      newInits.push(i64(s, [i.h * i.w, i.c]));
      out.push(mk("Reshape", [x, s], [y]));
      info.set(y, { ...i, layout: "hw_c" });
      return y;
    }
    // NCHW [1,C,H,W] → Reshape [C, HW] → Transpose → [HW, C]
    const s = fresh("shp"),
      r = fresh("r"),
      y = fresh("t");
    newInits.push(i64(s, [i.c, i.h * i.w]));
    out.push(mk("Reshape", [x, s], [r]), mk("Transpose", [r], [y], { perm: [1, 0] }));
    info.set(y, { ...i, layout: "hw_c" });
    return y;
  };
  const to3D = (x) => {
    const i = info.get(x);
    if (i.layout === "h_w_c") return x;
    const x2 = toHWC(x);
    const s = fresh("shp"),
      y = fresh("r3");
    newInits.push(i64(s, [i.h, i.w, i.c]));
    out.push(mk("Reshape", [x2, s], [y]));
    info.set(y, { ...i, layout: "h_w_c" });
    return y;
  };
  let switched = false;
  for (const n of g.node) {
    const ins = n.input.map(name);
    const i0 = info.get(ins[0]);
    const nhwcIn = i0 && i0.layout !== "nchw";
    if (n.op_type === "Identity") {
      alias.set(n.output[0], ins[0]);
      continue;
    }
    if (n.op_type === "Conv") {
      const w = init.get(n.input[1]);
      const [co, cpg, kh, kw] = w.dims.map(Number);
      const group = attr(n, "group", 1);
      const pads = attr(n, "pads", [0, 0, 0, 0]);
      const [sh, sw] = attr(n, "strides", [1, 1]);
      const hi = i0.h + (i0.padH ?? 0),
        wi = i0.w + (i0.padW ?? 0);
      const ho = Math.floor((hi + pads[0] + pads[2] - kh) / sh) + 1;
      const wo = Math.floor((wi + pads[1] + pads[3] - kw) / sw) + 1;
      const outInfo = { c: co, h: ho, w: wo };
      const small = switched || Math.max(i0.h, i0.w) <= maxSize;
      if (small && kh === 1 && kw === 1 && group === 1 && sh === 1 && !i0.pending) {
        switched = true;
        const x = toHWC(ins[0]);
        const w2 = fresh("w");
        newInits.push({ ...w, name: w2, dims: [co, cpg] });
        out.push(mk("Gemm", [x, w2, ...(ins[2] ? [ins[2]] : [])], [n.output[0]], { transB: 1 }));
        info.set(n.output[0], { ...outInfo, layout: "hw_c" });
        continue;
      }
      if (small && group === co && cpg === 1 && dw === "taps") {
        switched = true;
        let x = i0.pending ? ins[0] : to3D(ins[0]); // pending: a folded NHWC Pad already produced [H', W', C]
        const ph = [pads[0], pads[2]],
          pw = [pads[1], pads[3]];
        if (pads.some((p) => p)) {
          const p = fresh("pads"),
            y = fresh("pad");
          newInits.push(i64(p, [ph[0], pw[0], 0, ph[1], pw[1], 0]));
          out.push(mk("Pad", [x, p], [y]));
          x = y;
        }
        const wd = floatData(w); // [C,1,kh,kw]
        const ax = fresh("ax"),
          st = fresh("steps");
        newInits.push(i64(ax, [0, 1]), i64(st, [sh, sw]));
        let acc = null;
        const prods = [];
        for (let a = 0; a < kh; a++)
          for (let b = 0; b < kw; b++) {
            const k = a * kw + b;
            const s0 = fresh("st"),
              e0 = fresh("en"),
              wk = fresh("wk"),
              sl = fresh("sl"),
              m = fresh("m");
            newInits.push(i64(s0, [a, b]), i64(e0, [a + sh * (ho - 1) + 1, b + sw * (wo - 1) + 1]));
            newInits.push(
              f32(
                wk,
                [co],
                Array.from({ length: co }, (_, c) => wd[c * kh * kw + k]),
              ),
            );
            out.push(mk("Slice", [x, s0, e0, ax, st], [sl]), mk("Mul", [sl, wk], [m]));
            prods.push(m);
            if (sum) continue;
            if (acc) {
              const s = fresh("acc");
              out.push(mk("Add", [acc, m], [s]));
              acc = s;
            } else acc = m;
          }
        if (sum)
          out.push(mk("Sum", [...prods, ...(ins[2] ? [ins[2]] : [])], [n.output[0]])); // one kernel for the 8 adds + bias
        else if (ins[2]) out.push(mk("Add", [acc, ins[2]], [n.output[0]]));
        else alias.set(n.output[0], acc);
        info.set(name(n.output[0]), { ...outInfo, layout: "h_w_c" });
        continue;
      }
      if (small && group === co && cpg === 1 && dw === "conv") {
        switched = true;
        // [HW,C] → [1,H,W,C] → NCHW, Conv, → NHWC [HoWo, C]
        let x = ins[0];
        if (i0.pending) throw new Error("dw=conv with folded pad not supported");
        x = to3D(x);
        const t = fresh("tn"),
          y = fresh("dwc"),
          s = fresh("shp");
        out.push(mk("Transpose", [x], [t], { perm: [2, 0, 1] }));
        const s4 = fresh("shp");
        newInits.push(i64(s4, [1, i0.c, i0.h, i0.w]));
        const t4 = fresh("t4");
        out.push(mk("Reshape", [t, s4], [t4]));
        out.push({ ...n, input: [t4, ...ins.slice(1)], output: [y] });
        newInits.push(i64(s, [co, ho * wo]));
        const r = fresh("r");
        out.push(mk("Reshape", [y, s], [r]), mk("Transpose", [r], [n.output[0]], { perm: [1, 0] }));
        info.set(n.output[0], { ...outInfo, layout: "hw_c" });
        continue;
      }
      if (nhwcIn) throw new Error(`Conv ${n.name} on NHWC input: unsupported`);
      out.push({ ...n, input: ins });
      info.set(n.output[0], { ...outInfo, layout: "nchw" });
      continue;
    }
    if (n.op_type === "Clip" || n.op_type === "Relu") {
      out.push({ ...n, input: ins });
      info.set(n.output[0], { ...i0 });
      continue;
    }
    if (n.op_type === "Add") {
      const i1 = info.get(ins[1]);
      if (i1 && (nhwcIn || i1.layout !== "nchw")) {
        const a = toHWC(ins[0]),
          b = toHWC(ins[1]);
        out.push({ ...n, input: [a, b] });
        info.set(n.output[0], { ...i0, layout: "hw_c" });
      } else {
        out.push({ ...n, input: ins });
        info.set(n.output[0], { ...i0 });
      }
      continue;
    }
    if (n.op_type === "Pad") {
      const p = int64Data(init.get(n.input[1]));
      const small = switched || Math.max(i0.h, i0.w) <= maxSize;
      if (
        (nhwcIn || small) &&
        dw === "taps" &&
        p[0] === 0 &&
        p[1] === 0 &&
        p[4] === 0 &&
        p[5] === 0 &&
        attr(n, "mode", "constant") === "constant" &&
        n.input.length === 2
      ) {
        switched = true;
        const x = to3D(ins[0]),
          pn = fresh("pads");
        newInits.push(i64(pn, [p[2], p[3], 0, p[6], p[7], 0]));
        out.push(mk("Pad", [x, pn], [n.output[0]]));
        info.set(n.output[0], {
          ...i0,
          layout: "h_w_c",
          pending: true,
          h: i0.h + p[2] + p[6],
          w: i0.w + p[3] + p[7],
        });
        continue;
      }
      if (nhwcIn) throw new Error("Pad on NHWC input: unsupported");
      out.push({ ...n, input: ins });
      info.set(n.output[0], { ...i0, h: i0.h + p[2] + p[6], w: i0.w + p[3] + p[7] });
      continue;
    }
    if (n.op_type === "ReduceMean" && nhwcIn) {
      const axes = attr(n, "axes", []);
      if (axes.join() !== "2,3" || attr(n, "keepdims", 1) !== 0)
        throw new Error("ReduceMean: unsupported");
      const x = toHWC(ins[0]);
      out.push(mk("ReduceMean", [x], [n.output[0]], { axes: [0], keepdims: 1 })); // [1, C]
      info.set(n.output[0], { layout: "flat", c: i0.c, h: 1, w: 1 });
      continue;
    }
    if (nhwcIn && !["Gemm", "Flatten"].includes(n.op_type))
      throw new Error(`${n.op_type} on NHWC input: unsupported`);
    out.push({ ...n, input: ins });
    for (const o of n.output) info.set(o, { layout: "flat" });
  }
  // graph outputs may have been aliased away (Identity chains)
  for (const o of g.output) {
    if (name(o.name) !== o.name) out.push(mk("Identity", [name(o.name)], [o.name]));
  }
  // pending Pad shapes: fix the info map (h/w) was used only for Conv output size
  g.node = out;
  g.initializer = [...g.initializer, ...newInits];
  const used = new Set(out.flatMap((n) => n.input));
  g.initializer = g.initializer.filter((t) => used.has(t.name));
  g.value_info = [];
  return model;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "max-size": { type: "string", default: "14" },
      dw: { type: "string", default: "taps" },
      sum: { type: "boolean", default: false },
    },
  });
  const [src, dst] = positionals;
  const m = nhwcRewrite(decodeModel(readFileSync(src)), {
    maxSize: Number(values["max-size"]),
    dw: values.dw,
    sum: values.sum,
  });
  writeFileSync(dst, encodeModel(m));
  console.error(`nhwc-rewrite: ${m.graph.node.length} nodes → ${dst}`);
}
