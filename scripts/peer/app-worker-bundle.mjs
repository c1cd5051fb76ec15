// Bundles the app's real classify worker (lib/inference/inference.worker.ts) with esbuild, in
// memory, so the benchmark times exactly the code the /classify page runs (same ORT entry point,
// env, session options, preprocessing) without a Next build. Only the bundler differs from Next's.
import { build } from "esbuild";
import { join } from "node:path";
import { ortBasePath } from "../ort-files.mjs";

/**
 * Bundles `entry` (a path inside the repository) for the browser with the app's tsconfig, in memory.
 * @param {string} root repository root
 * @param {string} entry
 * @param {import("esbuild").BuildOptions} options format, minify, banner, define…
 * @returns {Promise<string>} the bundle's source
 */
export async function bundleForBrowser(root, entry, options) {
  const out = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "error",
    tsconfig: join(root, "tsconfig.json"),
    ...options,
  });
  return out.outputFiles[0].text;
}

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
  return bundleForBrowser(root, "lib/inference/inference.worker.ts", {
    format: "esm",
    minify: false,
    banner: { js: banner },
    // What next.config.js passes to the app's build: the content-hashed runtime folder.
    define: { "process.env.NEXT_PUBLIC_ORT_BASE": JSON.stringify(ortBasePath()) },
  });
}
