// Bare onnxruntime-web worker for the peer benchmark's research configurations: one ORT build,
// one thread count and one set of session options per worker (ORT fixes numThreads per wasm
// instance, so each configuration needs its own worker).
let ort = null;
let session = null;
let feeds = null;
const logs = [];

// ORT's WASM profiler and verbose logger write through console; keep a copy to send back.
for (const level of ["log", "info", "warn", "error", "debug"]) {
  const orig = console[level].bind(console);
  console[level] = (...args) => {
    logs.push(args.map(String).join(" "));
    orig(...args);
  };
}

async function runOnce() {
  const start = performance.now();
  const out = await session.run(feeds);
  const logits = out[session.outputNames[0]].data;
  const ms = performance.now() - start;
  for (const t of Object.values(out)) t.dispose?.();
  return { ms, logits };
}

self.onmessage = async (e) => {
  const msg = e.data;
  try {
    if (msg.type === "init") {
      const t0 = performance.now();
      ort = await import(msg.entry);
      ort.env.wasm.wasmPaths = msg.wasmPaths;
      ort.env.wasm.numThreads = msg.threads;
      if (msg.logLevel) ort.env.logLevel = msg.logLevel;
      const bytes = await fetch(msg.modelUrl).then((r) => r.arrayBuffer());
      // Create twice: the first also pays for fetching and compiling the runtime's .wasm, the
      // second is what a model switch or a prepared (.ort / pre-optimized) graph changes.
      const opts = { executionProviders: ["wasm"], ...msg.sessionOptions };
      await (await ort.InferenceSession.create(new Uint8Array(bytes), opts)).release();
      const c0 = performance.now();
      session = await ort.InferenceSession.create(new Uint8Array(bytes), opts);
      const createMs = performance.now() - c0;
      feeds = { [session.inputNames[0]]: new ort.Tensor("float32", msg.input, [1, 3, 224, 224]) };
      const first = await runOnce();
      self.postMessage({
        type: "ready",
        setupMs: performance.now() - t0,
        createMs,
        firstMs: first.ms,
        threads: ort.env.wasm.numThreads,
        crossOriginIsolated: self.crossOriginIsolated,
        version: ort.env.versions?.web ?? null,
        logits: Array.from(first.logits),
        logs: logs.splice(0),
      });
    } else if (msg.type === "run") {
      const times = [];
      let logits = null;
      for (let i = 0; i < msg.n; i++) {
        const r = await runOnce();
        times.push(r.ms);
        logits = r.logits;
      }
      self.postMessage({ type: "ran", times, logits: msg.wantLogits ? Array.from(logits) : null });
    } else if (msg.type === "profile") {
      // Needs a session created with enableProfiling: the WASM build logs one line per kernel run.
      for (let i = 0; i < msg.n; i++) await runOnce();
      session.endProfiling();
      self.postMessage({ type: "profiled", logs: logs.splice(0) });
    }
  } catch (err) {
    self.postMessage({
      type: "error",
      message: String(err && err.stack ? err.stack : err),
      logs: logs.splice(0),
    });
  }
};
