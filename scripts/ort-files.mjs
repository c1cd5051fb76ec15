// The onnxruntime-web runtime files the app self-hosts, and the content-addressed folder they are
// served from: /ort/<first 16 hex of sha256 over the files>/. A new onnxruntime-web version gets a new
// folder, so the files can be cached forever (next.config.js marks /ort/ immutable) and a second visit
// fetches nothing. Shared by scripts/copy-ort.mjs (writes the folder) and next.config.js (tells the
// worker its URL through NEXT_PUBLIC_ORT_BASE).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ORT_DIST = join(root, "node_modules", "onnxruntime-web", "dist");

/**
 * WASM sessions use the plain SIMD-threaded build (`onnxruntime-web/wasm`), WebGPU sessions the
 * asyncify build (`onnxruntime-web/webgpu`); each is a .mjs loader (also the pthread workers'
 * script) and its .wasm.
 */
export const ORT_FILES = [
  "ort-wasm-simd-threaded.mjs",
  "ort-wasm-simd-threaded.wasm",
  "ort-wasm-simd-threaded.asyncify.mjs",
  "ort-wasm-simd-threaded.asyncify.wasm",
];

/**
 * The two .wasm files are also written gzipped beside themselves (`<file>.gz`): `next start` would
 * otherwise gzip 14–27 MB on every request, which on a small server takes longer than the download
 * (0.25 s of server CPU for the 14 MB file, measured with curl) and sits on a cold visit's critical
 * path. next.config.js answers requests for the .wasm with the .gz bytes and `Content-Encoding:
 * gzip`; a static export ships the plain files and leaves compression to the host.
 */
export const ORT_PRECOMPRESSED = ORT_FILES.filter((f) => f.endsWith(".wasm"));

/** "/ort/<hash>/", or "/ort/" when onnxruntime-web is not installed (nothing can run then anyway). */
export function ortBasePath() {
  if (!ORT_FILES.every((f) => existsSync(join(ORT_DIST, f)))) return "/ort/";
  const hash = createHash("sha256");
  for (const f of ORT_FILES) hash.update(f).update(readFileSync(join(ORT_DIST, f)));
  return `/ort/${hash.digest("hex").slice(0, 16)}/`;
}
