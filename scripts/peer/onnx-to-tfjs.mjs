// Turn the ONNX MobileNet graph into the op list a converted TF.js graph model would run:
// fused Conv2D / DepthwiseConv2D (+bias, +relu6), Add, Mean, fused MatMul. Weights come from the
// ONNX initializers themselves, so both engines see bit-identical parameters.
import { attr, decodeModel, floatData, int64Data } from "./onnx-proto.mjs";

/** TF "SAME" padding for one spatial axis: [before, after]. */
function samePads(inSize, k, s) {
  const out = Math.ceil(inSize / s);
  const total = Math.max((out - 1) * s + k - inSize, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

/**
 * @param {Uint8Array} onnxBytes
 * @returns {{ plan: object, weights: Float32Array }} plan.ops index into `weights` by [offset, shape]
 */
export function onnxToTfjsPlan(onnxBytes) {
  const model = decodeModel(onnxBytes);
  const g = model.graph;
  const init = new Map(g.initializer.map((t) => [t.name, t]));
  const consumers = new Map();
  for (const n of g.node) for (const i of n.input) consumers.set(i, (consumers.get(i) ?? 0) + 1);

  const chunks = [];
  let offset = 0;
  const push = (data, shape) => {
    chunks.push(data);
    const ref = { offset, shape };
    offset += data.length;
    return ref;
  };

  const alias = new Map(); // Identity outputs and fused-away tensors → the value that carries them
  const name = (t) => alias.get(t) ?? t;
  const shapes = new Map(); // NHWC [h, w, c] of each value, to decide SAME vs explicit padding
  const input = g.input.find((v) => !init.has(v.name));
  const [, c0, h0, w0] = input.type.tensor_type.shape.dim.map((d) => Number(d.dim_value));
  shapes.set(input.name, [h0, w0, c0]);
  const pendingPad = new Map(); // Pad output → [top, left, bottom, right], merged into the next Conv

  const ops = [];
  const byOutput = new Map();
  for (const n of g.node) {
    const x = name(n.input[0]);
    switch (n.op_type) {
      case "Identity":
        alias.set(n.output[0], x);
        break;
      case "Pad": {
        const p = int64Data(init.get(n.input[1]));
        if (
          attr(n, "mode", "constant") !== "constant" ||
          p[0] ||
          p[1] ||
          p[4] ||
          p[5] ||
          n.input[2]
        )
          throw new Error(`unsupported Pad ${n.name}`);
        pendingPad.set(n.output[0], { from: x, pads: [p[2], p[3], p[6], p[7]] });
        break;
      }
      case "Conv": {
        const pre = pendingPad.get(n.input[0]);
        const src = pre ? pre.from : x;
        const [h, w, c] = shapes.get(src);
        const wt = init.get(n.input[1]);
        const [o, iPerG, kh, kw] = wt.dims.map(Number);
        const group = attr(n, "group", 1);
        const [sh, sw] = attr(n, "strides", [1, 1]);
        const p = attr(n, "pads", [0, 0, 0, 0]); // [top, left, bottom, right]
        const pads = pre ? p.map((v, i) => v + pre.pads[i]) : p;
        const [st, sb] = samePads(h, kh, sh);
        const [sl, sr] = samePads(w, kw, sw);
        let pad;
        if (pads.every((v) => v === 0)) pad = "valid";
        else if (pads[0] === st && pads[2] === sb && pads[1] === sl && pads[3] === sr) pad = "same";
        else
          pad = [
            [0, 0],
            [pads[0], pads[2]],
            [pads[1], pads[3]],
            [0, 0],
          ];
        const src4 = floatData(wt);
        const depthwise = group === c && group === o && iPerG === 1;
        if (!depthwise && group !== 1) throw new Error(`grouped conv ${n.name} not supported`);
        // ONNX OIHW → TF HWIO (conv) or HWC1 (depthwise)
        const inC = depthwise ? c : iPerG;
        const outC = depthwise ? 1 : o;
        const tf = new Float32Array(kh * kw * inC * outC);
        for (let oo = 0; oo < o; oo++)
          for (let ii = 0; ii < iPerG; ii++)
            for (let y = 0; y < kh; y++)
              for (let xk = 0; xk < kw; xk++) {
                const v = src4[((oo * iPerG + ii) * kh + y) * kw + xk];
                const [ci, co] = depthwise ? [oo, 0] : [ii, oo];
                tf[((y * kw + xk) * inC + ci) * outC + co] = v;
              }
        const op = {
          op: depthwise ? "dw" : "conv",
          in: src,
          out: n.output[0],
          filter: push(tf, [kh, kw, inC, outC]),
          bias: n.input[2] ? push(floatData(init.get(n.input[2])), [o]) : null,
          strides: [sh, sw],
          pad,
          act: "linear",
        };
        ops.push(op);
        byOutput.set(n.output[0], op);
        const oh = Math.floor((h + pads[0] + pads[2] - kh) / sh) + 1;
        const ow = Math.floor((w + pads[1] + pads[3] - kw) / sw) + 1;
        shapes.set(n.output[0], [oh, ow, o]);
        break;
      }
      case "Clip": {
        const lo = floatData(init.get(n.input[1]))[0];
        const hi = floatData(init.get(n.input[2]))[0];
        const prev = byOutput.get(x);
        if (lo !== 0 || hi !== 6) throw new Error(`Clip ${n.name} is not ReLU6`);
        if (prev && prev.act === "linear" && consumers.get(x) === 1) {
          prev.act = "relu6"; // what TF.js's converter fuses into _FusedConv2D / FusedDepthwiseConv2dNative
          alias.set(n.output[0], prev.out);
        } else {
          ops.push({ op: "relu6", in: x, out: n.output[0] });
          shapes.set(n.output[0], shapes.get(x));
        }
        break;
      }
      case "Add":
        ops.push({ op: "add", in: [x, name(n.input[1])], out: n.output[0] });
        shapes.set(n.output[0], shapes.get(x));
        break;
      case "ReduceMean": {
        const axes = attr(n, "axes");
        if (String(axes) !== "2,3" || attr(n, "keepdims", 1) !== 0)
          throw new Error("only spatial mean");
        ops.push({ op: "mean", in: x, out: n.output[0] });
        break;
      }
      case "Gemm": {
        if (attr(n, "transB", 0) !== 1 || attr(n, "transA", 0) !== 0)
          throw new Error("Gemm layout");
        const wt = init.get(n.input[1]);
        const [nOut, k] = wt.dims.map(Number);
        const src = floatData(wt);
        const t = new Float32Array(k * nOut); // [N, K] → [K, N] like a frozen TF MatMul
        for (let r = 0; r < nOut; r++)
          for (let cc = 0; cc < k; cc++) t[cc * nOut + r] = src[r * k + cc];
        ops.push({
          op: "fc",
          in: x,
          out: n.output[0],
          w: push(t, [k, nOut]),
          bias: push(floatData(init.get(n.input[2])), [nOut]),
        });
        break;
      }
      default:
        throw new Error(`op ${n.op_type} not supported by the peer converter`);
    }
  }
  const weights = new Float32Array(offset);
  let at = 0;
  for (const c of chunks) {
    weights.set(c, at);
    at += c.length;
  }
  const output = name(g.output[0].name);
  return { plan: { input: input.name, inputShape: [1, h0, w0, c0], output, ops }, weights };
}
