// Page side of the peer benchmark: owns one worker per configuration and relays commands from
// the Playwright driver (scripts/bench-peer.mjs), so every configuration shares one browser run.
const workers = new Map();

function call(worker, msg, transfer = []) {
  return new Promise((resolve, reject) => {
    worker.onmessage = (e) =>
      e.data.type === "error" ? reject(new Error(e.data.message)) : resolve(e.data);
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage(msg, transfer);
  });
}

/** The app's worker protocol (lib/inference/protocol.ts): id'd requests, progress/stage messages, then one final reply. */
let nextId = 1;
function appCall(worker, payload) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    worker.onmessage = (e) => {
      const m = e.data;
      if (m.id !== id || ["progress", "stage", "prediction"].includes(m.type)) return;
      if (m.type === "error") reject(new Error(`${m.code}: ${m.message}`));
      else resolve(m);
    };
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage({ ...payload, id });
  });
}
const apps = new Map(); // name → { worker, model, image }

window.peer = {
  /** The app's real classify worker: load, then classify the sample with timedRuns = n. */
  async addApp(name, workerUrl, model, imageUrl) {
    const worker = new Worker(workerUrl, { type: "module", name });
    const image = await fetch(imageUrl).then((r) => r.blob());
    const t0 = performance.now();
    const probe = await appCall(worker, { type: "probe" });
    const ready = await appCall(worker, { type: "load", model, backend: "wasm" });
    const first = await appCall(worker, {
      type: "classify",
      model,
      backend: "wasm",
      image,
      timedRuns: 1,
    });
    apps.set(name, { worker, model, image });
    return {
      env: probe.env,
      session: ready.session,
      setupMs: performance.now() - t0,
      firstMs: first.result.runsMs[0],
      top5: first.result.top5,
      preprocessMs: first.result.preprocessMs,
    };
  },
  async runApp(name, n) {
    const { worker, model, image } = apps.get(name);
    const t0 = performance.now();
    const r = await appCall(worker, {
      type: "classify",
      model,
      backend: "wasm",
      image,
      timedRuns: n,
    });
    // Per run: the request's decode + preprocess + messaging are spread over its n runs.
    return {
      times: r.result.runsMs,
      preprocessMs: r.result.preprocessMs,
      roundTripMs: (performance.now() - t0) / n,
      top5: r.result.top5,
    };
  },
  /** @param {{ name: string, kind: "ort" | "tfjs", init: object }} cfg */
  async add(cfg) {
    const url =
      cfg.kind === "tfjs"
        ? `/peer/tfjs-worker.js?cores=${cfg.init.cores ?? 0}`
        : "/peer/ort-worker.mjs";
    const w = new Worker(url, { type: cfg.kind === "tfjs" ? "classic" : "module", name: cfg.name });
    workers.set(cfg.name, w);
    const input = new Float32Array(await fetch("/gen/input.bin").then((r) => r.arrayBuffer()));
    return call(w, { type: "init", ...cfg.init, input });
  },
  /** Runs n inferences; also returns the page-side round trip (what a UI would wait for). */
  async run(name, n, wantLogits = false) {
    const t0 = performance.now();
    const r = await call(workers.get(name), { type: "run", n, wantLogits });
    return { ...r, roundTripMs: (performance.now() - t0) / n };
  },
  profile(name, n) {
    return call(workers.get(name), { type: "profile", n });
  },
  remove(name) {
    workers.get(name)?.terminate();
    workers.delete(name);
  },
  isolated: () => self.crossOriginIsolated,
};
window.peerReady = true;
