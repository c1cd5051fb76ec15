// Where the prebuilt /classify inference worker lives: public/workers/<hash>/inference.worker.js,
// written by scripts/build-inference-worker.mjs, with its URL recorded in public/workers/inference.json.
// Shared by that script and next.config.js (which hands the URL to the page as
// NEXT_PUBLIC_INFERENCE_WORKER, so the page's HTML can start the worker before any of its scripts).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const WORKERS_DIR = join(root, "public", "workers");
export const WORKER_INDEX = join(WORKERS_DIR, "inference.json");

/** "/workers/<hash>/inference.worker.js", or "" when it has not been built (the page then lets its bundler's copy start). */
export function inferenceWorkerUrl() {
  if (!existsSync(WORKER_INDEX)) return "";
  try {
    const { url } = JSON.parse(readFileSync(WORKER_INDEX, "utf8"));
    return typeof url === "string" && existsSync(join(root, "public", url)) ? url : "";
  } catch {
    return "";
  }
}
