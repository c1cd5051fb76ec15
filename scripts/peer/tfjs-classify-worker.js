// The TF.js side of `npm run bench:startup`: what a TF.js-wasm classify page does for its first
// prediction. Starts TF.js's WASM backend (as shipped: its own thread rule), fetches the converted V2
// graph and weights, decodes and preprocesses the photo with the app's own code (/gen/app-preprocess.js),
// runs once and posts the top-5.
/* global tf, importScripts, prepareConsts, runPlan, nchwToNhwc, appPreprocess */
importScripts(
  "/tfjs/core/tf-core.min.js",
  "/tfjs/wasm/tf-backend-wasm.min.js",
  "/peer/tfjs-plan.js",
  "/gen/app-preprocess.js",
);

self.onmessage = async (e) => {
  const { photoUrl, planUrl, weightsUrl, preprocessingUrl } = e.data;
  try {
    tf.wasm.setWasmPaths("/tfjs/wasm/");
    const ready = tf.setBackend("wasm").then(() => tf.ready());
    const [plan, bin, photo, preprocessing] = await Promise.all([
      fetch(planUrl).then((r) => r.json()),
      fetch(weightsUrl).then((r) => r.arrayBuffer()),
      fetch(photoUrl).then((r) => r.blob()),
      fetch(preprocessingUrl).then((r) => r.json()),
      ready,
    ]);
    const consts = prepareConsts(plan, bin);
    const x = await appPreprocess.preprocess(photo, preprocessing);
    const logits = runPlan(plan, consts, nchwToNhwc(x, plan.inputShape));
    self.postMessage({
      type: "top5",
      top5: appPreprocess.top5(logits),
      threads: tf.wasm.getThreadsCount(),
    });
  } catch (err) {
    self.postMessage({ type: "error", message: String(err && err.stack ? err.stack : err) });
  }
};
