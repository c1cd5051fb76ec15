// TF.js peer: runs the converted op list (fused conv/depthwise + relu6, add, mean, fused matmul)
// on tfjs-backend-wasm, in its own worker like the app's ORT path. Classic worker because the
// TF.js UMD bundles are what load without a bundler.
/* global tf, importScripts */
// tfjs-backend-wasm caps its XNNPACK pool at hardwareConcurrency / 2 (1 thread on 2 cores). The
// "forced" peer config reports more cores so TF.js really gets the threads it was asked for:
// the strongest peer this machine can run, reported separately from the default one.
const spoof = Number(new URLSearchParams(self.location.search).get("cores"));
if (spoof > 0)
  Object.defineProperty(WorkerNavigator.prototype, "hardwareConcurrency", { get: () => spoof });
importScripts("/tfjs/core/tf-core.min.js", "/tfjs/wasm/tf-backend-wasm.min.js");

let plan = null;
let consts = new Map();
let inputNhwc = null;
let opTimes = null; // set while profiling: per-op accumulators

function run() {
  const start = performance.now();
  const logits = tf.tidy(() => {
    const vals = new Map([[plan.input, tf.tensor4d(inputNhwc, plan.inputShape)]]);
    const get = (k) => vals.get(k);
    let idx = 0;
    let last = performance.now();
    for (const o of plan.ops) {
      let y;
      switch (o.op) {
        case "conv":
          y = tf.fused.conv2d({
            x: get(o.in),
            filter: consts.get(o.filter),
            strides: o.strides,
            pad: o.pad,
            bias: o.bias ? consts.get(o.bias) : undefined,
            activation: o.act,
          });
          break;
        case "dw":
          y = tf.fused.depthwiseConv2d({
            x: get(o.in),
            filter: consts.get(o.filter),
            strides: o.strides,
            pad: o.pad,
            bias: o.bias ? consts.get(o.bias) : undefined,
            activation: o.act,
          });
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
      if (opTimes) {
        const now = performance.now();
        opTimes[idx].samples.push(now - last);
        last = now;
      }
      idx++;
    }
    return get(plan.output);
  });
  const data = logits.dataSync();
  logits.dispose();
  return { ms: performance.now() - start, data };
}

self.onmessage = async (e) => {
  const msg = e.data;
  try {
    if (msg.type === "init") {
      const t0 = performance.now();
      tf.wasm.setWasmPaths("/tfjs/wasm/");
      tf.wasm.setThreadsCount(msg.threads);
      await tf.setBackend("wasm");
      await tf.ready();
      const [planJson, bin] = await Promise.all([
        fetch(msg.planUrl).then((r) => r.json()),
        fetch(msg.weightsUrl).then((r) => r.arrayBuffer()),
      ]);
      plan = planJson;
      const w = new Float32Array(bin);
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
      consts = tensors;
      // NCHW → NHWC once, outside the timed region: a TF.js model takes NHWC input directly.
      const x = msg.input;
      const [, h, wd, c] = plan.inputShape;
      inputNhwc = new Float32Array(x.length);
      for (let ch = 0; ch < c; ch++)
        for (let i = 0; i < h * wd; i++) inputNhwc[i * c + ch] = x[ch * h * wd + i];
      const first = run();
      self.postMessage({
        type: "ready",
        setupMs: performance.now() - t0,
        firstMs: first.ms,
        threads: tf.wasm.getThreadsCount(),
        backend: tf.getBackend(),
        hardwareConcurrency: navigator.hardwareConcurrency,
        version: tf.version_core,
        simd: await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT"),
        multithread: await tf.env().getAsync("WASM_HAS_MULTITHREAD_SUPPORT"),
        logits: Array.from(first.data),
      });
    } else if (msg.type === "run") {
      const times = [];
      let data = null;
      for (let i = 0; i < msg.n; i++) {
        const r = run();
        times.push(r.ms);
        data = r.data;
      }
      self.postMessage({ type: "ran", times, logits: msg.wantLogits ? Array.from(data) : null });
    } else if (msg.type === "profile") {
      // Per-op wall time: WASM kernels run synchronously, so timing each op call (JS dispatch
      // included, as it is part of what TF.js costs) is exact enough; median over msg.n runs.
      const perOp = plan.ops.map((o) => ({
        op: o.op,
        act: o.act ?? null,
        out: o.out,
        samples: [],
      }));
      opTimes = perOp;
      for (let i = 0; i < msg.n; i++) run();
      opTimes = null;
      const ops = perOp.map(({ samples, ...rest }) => ({
        ...rest,
        ms: samples.sort((a, b) => a - b)[samples.length >> 1],
      }));
      self.postMessage({ type: "profiled", ops });
    }
  } catch (err) {
    self.postMessage({ type: "error", message: String(err && err.stack ? err.stack : err) });
  }
};
