// TF.js peer: runs the converted op list (fused conv/depthwise + relu6, add, mean, fused matmul)
// on tfjs-backend-wasm, in its own worker like the app's ORT path. Classic worker because the
// TF.js UMD bundles are what load without a bundler.
/* global tf, importScripts, prepareConsts, runPlan, nchwToNhwc */
// tfjs-backend-wasm caps its XNNPACK pool at hardwareConcurrency / 2 (1 thread on 2 cores). The
// "forced" peer config reports more cores so TF.js really gets the threads it was asked for:
// the strongest peer this machine can run, reported separately from the default one.
const spoof = Number(new URLSearchParams(self.location.search).get("cores"));
if (spoof > 0)
  Object.defineProperty(WorkerNavigator.prototype, "hardwareConcurrency", { get: () => spoof });
importScripts(
  "/tfjs/core/tf-core.min.js",
  "/tfjs/wasm/tf-backend-wasm.min.js",
  "/peer/tfjs-plan.js",
);

let plan = null;
let consts = new Map();
let inputNhwc = null;
let opTimes = null; // set while profiling: per-op accumulators

function run() {
  const start = performance.now();
  let last = start;
  const onOp = opTimes
    ? (idx) => {
        const now = performance.now();
        opTimes[idx].samples.push(now - last);
        last = now;
      }
    : undefined;
  const data = runPlan(plan, consts, inputNhwc, onOp);
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
      consts = prepareConsts(plan, bin);
      // NCHW → NHWC once, outside the timed region.
      inputNhwc = nchwToNhwc(msg.input, plan.inputShape);
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
