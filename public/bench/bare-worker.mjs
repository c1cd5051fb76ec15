/**
 * The bare side of `npm run bench:inference`: onnxruntime-web called directly, with no app code.
 * It runs in a dedicated module worker because the app's inference does too; timing `session.run`
 * in the same kind of thread on both sides keeps main-thread effects (emscripten busy-waits instead
 * of Atomics.wait there, rendering, input) out of the app/bare ratio.
 *
 * The ORT entry is the file the app's bundler resolves the app's import for that backend to
 * ("onnxruntime-web/wasm" → dist/ort.wasm.bundle.min.mjs, "onnxruntime-web/webgpu" →
 * dist/ort.webgpu.bundle.min.mjs); the bench serves it from node_modules under /bench/ and passes
 * its URL and the app's content-hashed /ort/<hash>/ folder in `init` (lib/inference/ort-env.ts).
 */
/** @type {typeof import("onnxruntime-web")} */
let ort;

/** @type {import("onnxruntime-web").InferenceSession | undefined} */
let session;
/** @type {Record<string, import("onnxruntime-web").Tensor>} */
let feeds = {};
let outputName = "";

function argmax(values) {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

async function init({
  entry,
  wasmPaths,
  modelUrl,
  options,
  threads,
  inputName,
  output,
  tensor,
  dims,
}) {
  ort = await import(entry);
  // The same env as configureOrt() in the app; numThreads is the app's own value, passed in.
  ort.env.wasm.wasmPaths = wasmPaths;
  ort.env.wasm.numThreads = threads;
  ort.env.wasm.proxy = false;
  ort.env.logLevel = "error";
  const bytes = new Uint8Array(await (await fetch(modelUrl)).arrayBuffer());
  const t0 = performance.now();
  session = await ort.InferenceSession.create(bytes, options);
  const sessionCreateMs = performance.now() - t0;
  // Warm-up on zeros, as the app's worker does before "ready", so first-inference means the same thing.
  await session.run({
    [inputName]: new ort.Tensor("float32", new Float32Array(tensor.length), dims),
  });
  const firstInferenceMs = performance.now() - t0;
  feeds = { [inputName]: new ort.Tensor("float32", tensor, dims) };
  outputName = output;
  return {
    sessionCreateMs,
    firstInferenceMs,
    // Read back after the session exists: ORT lowers it to 1 itself when threads are unavailable.
    threads: ort.env.wasm.numThreads,
    crossOriginIsolated: self.crossOriginIsolated === true,
    ortVersion: ort.env.versions.web,
  };
}

/**
 * Before each block, as the app's worker does per request: runs until the median of the last
 * `window` runs is within `tolerance` of the `window` before, capped (lib/stats/steady-state.ts,
 * STEADY_RULE; the rule comes from the bench so both sides use the same numbers).
 */
async function rewarm({ window, tolerance, maxRuns, budgetMs }) {
  const ms = [];
  const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  for (;;) {
    const r0 = performance.now();
    await session.run(feeds);
    ms.push(performance.now() - r0);
    const n = ms.length;
    if (n >= 2 * window) {
      const last = med(ms.slice(n - window));
      const before = med(ms.slice(n - 2 * window, n - window));
      if (Math.abs(last - before) <= tolerance * before) return n;
    }
    if (n >= maxRuns || ms.reduce((a, b) => a + b, 0) >= budgetMs) return n;
  }
}

/** `runs` timed runs: exactly `session.run`, as the app's worker times them. */
async function run(runs, rule) {
  if (!session) throw new Error("init first");
  if (rule) await rewarm(rule);
  const runsMs = [];
  let logits;
  for (let i = 0; i < runs; i++) {
    const r0 = performance.now();
    const out = await session.run(feeds);
    runsMs.push(performance.now() - r0);
    logits = out[outputName].data;
  }
  return { runsMs, top1: argmax(logits) };
}

self.onmessage = async ({ data: m }) => {
  try {
    if (m.type === "init") self.postMessage({ id: m.id, ok: true, value: await init(m) });
    else if (m.type === "run")
      self.postMessage({ id: m.id, ok: true, value: await run(m.runs, m.rule) });
    else if (m.type === "release") {
      await session?.release();
      session = undefined;
      self.postMessage({ id: m.id, ok: true, value: null });
    }
  } catch (err) {
    self.postMessage({ id: m.id, ok: false, error: String(err?.stack ?? err) });
  }
};
