/**
 * The inline script that starts /classify's inference worker from the page's HTML, before any of
 * the page's scripts have run, and asks it to fetch the default model at once. Pure: a string for
 * app/classify/page.tsx to render; components/classify/early-inference-client.ts adopts the worker.
 */
import type { ModelSpec, PreparedModel } from "@/lib/inference/protocol";

/** Where the script leaves the worker for the page's code. */
export const EARLY_WORKER_GLOBAL = "__mobilenetLabInferenceWorker";

/** Script text; "" when there is no prebuilt worker (development), so nothing is started twice. */
export function earlyWorkerScript(
  workerUrl: string,
  prefetch: ModelSpec | null,
  prepared: PreparedModel | null = null,
): string {
  if (!workerUrl) return "";
  const start = `var w=new Worker(${JSON.stringify(workerUrl)},{type:"module",name:"inference"});window[${JSON.stringify(EARLY_WORKER_GLOBAL)}]=w;`;
  const fetchModel = prefetch
    ? `w.postMessage(${JSON.stringify({ type: "prefetch", id: 0, model: prefetch, prepared })});`
    : "";
  // </script> cannot occur: the JSON is of URLs, ids and numbers only; "<" is escaped regardless.
  return `(function(){try{${start}${fetchModel}}catch(e){}})();`.replace(/</g, "\\u003c");
}
