#!/usr/bin/env node
// Builds the /classify inference worker (lib/inference/inference.worker.ts) as a standalone ES
// module under a content-hashed URL, public/workers/<hash>/, so that the page's HTML can start it
// with a few inline bytes while the HTML is still being parsed, ~250 ms (cold, 2 cores) before
// React has hydrated and an effect could. The bundler is esbuild, as for the benchmarks' copy of
// the same worker (scripts/peer/app-worker-bundle.mjs); the WebGPU build of onnxruntime-web is a
// separate file that loads only for a WebGPU session. Older hash folders are removed.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ortBasePath } from "./ort-files.mjs";
import { WORKERS_DIR, WORKER_INDEX } from "./worker-files.mjs";
import { exitOnHelp } from "./help-flag.mjs";

exitOnHelp(`usage: node scripts/build-inference-worker.mjs   (run by npm run build)

Bundles lib/inference/inference.worker.ts with esbuild into public/workers/<content hash>/ and
records its URL in public/workers/inference.json (read by next.config.js).`);

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const WEBGPU_CHUNK = "ort-webgpu.js";
const staging = mkdtempSync(join(tmpdir(), "inference-worker-"));

function filesIn(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

try {
  // Two self-contained files, no shared chunks: every import a module worker makes is one more
  // round trip before its code runs (a 362-byte shared chunk cost ~250 ms on a busy cold visit).
  const common = {
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    logLevel: "error",
    tsconfig: join(root, "tsconfig.json"),
    // onnxruntime-web's builds without the emscripten glue inside: the glue (and with it every
    // thread's worker) loads from the hashed /ort/ folder, never from these files, so ORT's threads
    // do not start this worker's own code.
    conditions: ["onnxruntime-web-use-extern-wasm"],
  };
  await build({
    ...common,
    entryPoints: [join(root, "node_modules/onnxruntime-web/dist/ort.webgpu.min.mjs")],
    outfile: join(staging, WEBGPU_CHUNK),
  });
  await build({
    ...common,
    entryPoints: [join(root, "lib/inference/inference.worker.ts")],
    outfile: join(staging, "inference.worker.js"),
    // The WebGPU build loads only for a WebGPU session, from its own file beside this one.
    plugins: [
      {
        name: "webgpu-beside",
        setup(b) {
          b.onResolve({ filter: /^onnxruntime-web\/webgpu$/ }, () => ({
            path: `./${WEBGPU_CHUNK}`,
            external: true,
          }));
        },
      },
    ],
    define: {
      // What next.config.js passes to the rest of the app's build.
      "process.env.NEXT_PUBLIC_ORT_BASE": JSON.stringify(ortBasePath()),
      "process.env.NODE_ENV": '"production"',
    },
  });
  const hash = createHash("sha256");
  for (const f of filesIn(staging)) hash.update(relative(staging, f)).update(readFileSync(f));
  const id = hash.digest("hex").slice(0, 16);
  const target = join(WORKERS_DIR, id);
  mkdirSync(WORKERS_DIR, { recursive: true });
  for (const entry of readdirSync(WORKERS_DIR)) {
    if (entry !== id && entry !== "inference.json")
      rmSync(join(WORKERS_DIR, entry), { recursive: true, force: true });
  }
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  chmodSync(target, 0o755); // mkdtemp made it private
  const url = `/workers/${id}/inference.worker.js`;
  writeFileSync(WORKER_INDEX, JSON.stringify({ url }, null, 2) + "\n");
  const bytes = filesIn(target).reduce((n, f) => n + readFileSync(f).length, 0);
  console.log(
    `build-inference-worker: ${url} (${(bytes / 1e3).toFixed(0)} kB in ${filesIn(target).length} files)`,
  );
} finally {
  rmSync(staging, { recursive: true, force: true });
}
