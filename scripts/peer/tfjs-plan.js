// The converted op list (scripts/peer/onnx-to-tfjs.mjs) on TF.js: fused conv/depthwise + relu6,
// add, mean, fused matmul, as a converted TF.js graph model runs them. A classic script (loaded with
// importScripts after tf-core and tf-backend-wasm) shared by the benchmark worker (tfjs-worker.js)
// and the TF.js classify page's worker (tfjs-classify-worker.js).
/* global tf */
// Exposed to the importing worker as globals (a classic script has no exports).

/** Weight tensors for the plan's ops; rewrites each op's weight refs to keys into the returned map. */
function prepareConsts(plan, buffer) {
  const w = new Float32Array(buffer);
  const key = (ref) => ref.offset + ":" + ref.shape.join("x");
  const tensors = new Map();
  for (const o of plan.ops)
    for (const f of ["filter", "bias", "w"]) {
      const ref = o[f];
      if (!ref) continue;
      if (!tensors.has(key(ref))) {
        const n = ref.shape.reduce((a, b) => a * b, 1);
        tensors.set(key(ref), tf.tensor(w.subarray(ref.offset, ref.offset + n), ref.shape));
      }
      o[f] = key(ref);
    }
  return tensors;
}

/** NCHW → NHWC: a TF.js model takes NHWC input directly. */
function nchwToNhwc(x, [, h, wd, c]) {
  const out = new Float32Array(x.length);
  for (let ch = 0; ch < c; ch++)
    for (let i = 0; i < h * wd; i++) out[i * c + ch] = x[ch * h * wd + i];
  return out;
}

/** One inference; `onOp(index)` (optional) is called after each op, for per-op timing. */
function runPlan(plan, consts, inputNhwc, onOp) {
  const logits = tf.tidy(() => {
    const vals = new Map([[plan.input, tf.tensor4d(inputNhwc, plan.inputShape)]]);
    const get = (k) => vals.get(k);
    // A standard and a depthwise conv take the same fused arguments.
    const convArgs = (o) => ({
      x: get(o.in),
      filter: consts.get(o.filter),
      strides: o.strides,
      pad: o.pad,
      bias: o.bias ? consts.get(o.bias) : undefined,
      activation: o.act,
    });
    plan.ops.forEach((o, idx) => {
      let y;
      switch (o.op) {
        case "conv":
          y = tf.fused.conv2d(convArgs(o));
          break;
        case "dw":
          y = tf.fused.depthwiseConv2d(convArgs(o));
          break;
        case "relu6":
          y = tf.relu6(get(o.in));
          break;
        case "add":
          y = tf.add(get(o.in[0]), get(o.in[1]));
          break;
        case "mean":
          y = tf.mean(get(o.in), [1, 2]);
          break;
        case "fc":
          y = tf.fused.matMul({ a: get(o.in), b: consts.get(o.w), bias: consts.get(o.bias) });
          break;
        default:
          throw new Error(o.op);
      }
      vals.set(o.out, y);
      if (onOp) onOp(idx);
    });
    return get(plan.output);
  });
  const data = logits.dataSync();
  logits.dispose();
  return data;
}

Object.assign(self, { prepareConsts, runPlan, nchwToNhwc });
