#!/usr/bin/env node
// Self-host onnxruntime-web's runtime files under public/ort/ so inference works offline and
// the runtime version can never drift from the package we tested. The WebGPU build loads the
// asyncify pair, the plain WASM build the non-suffixed pair; the JSEP pair serves the default entry.
import { copyFileSync, mkdirSync, existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "node_modules", "onnxruntime-web", "dist");
const out = join(root, "public", "ort");
const FILES = [
  "ort-wasm-simd-threaded.wasm",
  "ort-wasm-simd-threaded.mjs",
  "ort-wasm-simd-threaded.asyncify.wasm",
  "ort-wasm-simd-threaded.asyncify.mjs",
  "ort-wasm-simd-threaded.jsep.wasm",
  "ort-wasm-simd-threaded.jsep.mjs",
];

mkdirSync(out, { recursive: true });
let bytes = 0;
for (const f of FILES) {
  const src = join(dist, f);
  if (!existsSync(src)) {
    console.error(`copy-ort: ${src} is missing; run npm install.`);
    process.exit(1);
  }
  copyFileSync(src, join(out, f));
  bytes += statSync(src).size;
}
console.log(`copy-ort: ${FILES.length} files (${(bytes / 1e6).toFixed(1)} MB) → public/ort/`);
