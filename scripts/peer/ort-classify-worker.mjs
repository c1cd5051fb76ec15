// The bare onnxruntime-web side of `npm run bench:startup`: the shortest path an ORT page has to its
// first prediction, to tell what the runtime itself costs from what the app adds. The same build
// the app's WASM sessions use (ort.wasm.bundle.min.mjs and the app's .wasm, served precompressed),
// the same prepared ORT-format V2 (gunzipped by the browser, as the app's is under `next start`), the app's thread rule, decode
// and preprocessing. Like the app, it starts the runtime (a one-node session) while the model
// downloads, and decodes the photo meanwhile.
import * as ort from "/ortjs/ort.wasm.bundle.min.mjs";

// Sets globalThis.appPreprocess. Not a top-level await: a message that arrives while the module is
// still evaluating would find no handler.
const preprocessLoaded = import("/gen/app-preprocess.js");

// Sent as `Content-Encoding: gzip`, as `next start` sends the app's: the browser gunzips it.
async function gunzipped(url) {
  const res = await fetch(url);
  if (/gzip/.test(res.headers.get("content-encoding") ?? ""))
    return new Uint8Array(await res.arrayBuffer());
  const body = res.body.pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(body).arrayBuffer());
}

self.onmessage = async (e) => {
  const { photoUrl, modelUrl, tinyUrl, preprocessingUrl } = e.data;
  try {
    ort.env.wasm.wasmPaths = "/ort/";
    ort.env.wasm.numThreads = self.crossOriginIsolated
      ? Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2))
      : 1;
    ort.env.wasm.proxy = false;
    ort.env.logLevel = "error";
    const runtime = fetch(tinyUrl)
      .then((r) => r.arrayBuffer())
      .then((b) => ort.InferenceSession.create(new Uint8Array(b), { executionProviders: ["wasm"] }))
      .then((s) => s.release());
    const [preprocessing] = await Promise.all([
      fetch(preprocessingUrl).then((r) => r.json()),
      preprocessLoaded,
    ]);
    const input = fetch(photoUrl)
      .then((r) => r.blob())
      .then((blob) => globalThis.appPreprocess.preprocess(blob, preprocessing));
    const [bytes] = await Promise.all([gunzipped(modelUrl), runtime]);
    const session = await ort.InferenceSession.create(bytes, {
      executionProviders: ["wasm"],
      graphOptimizationLevel: "disabled",
    });
    const x = await input;
    const size = preprocessing.center_crop;
    const out = await session.run({
      [session.inputNames[0]]: new ort.Tensor("float32", x, [1, 3, size, size]),
    });
    self.postMessage({
      type: "top5",
      top5: globalThis.appPreprocess.top5(out[session.outputNames[0]].data),
      threads: ort.env.wasm.numThreads,
    });
  } catch (err) {
    self.postMessage({ type: "error", message: String(err && err.stack ? err.stack : err) });
  }
};
