// Bundles the app's real classify worker (lib/inference/inference.worker.ts) with esbuild, in
// memory, so the benchmark times exactly the code the /classify page runs (same ORT entry point,
// env, session options, preprocessing) without a Next build. Only the bundler differs from Next's.
import { build } from "esbuild";
import { join } from "node:path";
import { ortBasePath } from "../ort-files.mjs";

/**
 * @param {string} root repository root
 * @param {number | null} cores when set, navigator.hardwareConcurrency is reported as this inside the
 *   worker, so the app's own thread rule (ort-env.ts) picks that many threads (used for the 1-thread row)
 * @returns {Promise<string>} ESM source of the worker
 */
export async function bundleAppWorker(root, cores = null) {
  const banner =
    cores == null
      ? ""
      : `Object.defineProperty(WorkerNavigator.prototype, "hardwareConcurrency", { get: () => ${cores} });`;
  const out = await build({
    entryPoints: [join(root, "lib/inference/inference.worker.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    minify: false,
    logLevel: "error",
    tsconfig: join(root, "tsconfig.json"),
    banner: { js: banner },
    // What next.config.js passes to the app's build: the content-hashed runtime folder.
    define: { "process.env.NEXT_PUBLIC_ORT_BASE": JSON.stringify(ortBasePath()) },
  });
  return out.outputFiles[0].text;
}
