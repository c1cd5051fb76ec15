// @ts-check
import { SECURITY_HEADERS } from "./lib/http/security-headers.mjs";
import { ortBasePath } from "./scripts/ort-files.mjs";
import { inferenceWorkerUrl } from "./scripts/worker-files.mjs";

/** Runtime files and prepared models live under content-hashed paths: cache them for good. */
const IMMUTABLE = [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }];

/**
 * A prepared model (scripts/optimize-models.mjs writes it gzipped) goes out as the gzip it is, with
 * `Content-Encoding: gzip`: the browser gunzips it on its network thread instead of the worker's
 * (lib/inference/model-store.ts reads the header; a static host without it still works).
 */
const GZIPPED_MODEL = [
  { key: "Content-Type", value: "application/octet-stream" },
  { key: "Content-Encoding", value: "gzip" },
  { key: "Cache-Control", value: "public, max-age=31536000, immutable, no-transform" },
];

/**
 * A request for an onnxruntime .wasm is answered with the gzipped copy copy-ort made
 * (scripts/ort-files.mjs says why): `Content-Encoding: gzip` tells the browser, and `no-transform`
 * keeps the server from compressing it again.
 */
const PRECOMPRESSED_WASM = [
  { key: "Content-Type", value: "application/wasm" },
  { key: "Content-Encoding", value: "gzip" },
  { key: "Cache-Control", value: "public, max-age=31536000, immutable, no-transform" },
];

/**
 * NEXT_DIST_DIR lets parallel builds (CI, benchmarks) use separate output folders.
 * NEXT_OUTPUT=export makes `next build` write a static site to out/ (`npm run export`); a static
 * host serves no headers() from here, so scripts/export-static.mjs writes the same security headers
 * into the host config files (_headers, vercel.json, serve.json).
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || ".next",
  ...(process.env.NEXT_OUTPUT === "export" ? { output: "export" } : {}),
  poweredByHeader: false,
  // Types are checked once, by `npm run check` (tsc --noEmit), not again inside every build.
  typescript: { ignoreBuildErrors: true },
  // The inference and lab workers load onnxruntime-web's .wasm from here (scripts/ort-files.mjs).
  // /classify's prebuilt inference worker (scripts/build-inference-worker.mjs), which its HTML starts.
  env: { NEXT_PUBLIC_ORT_BASE: ortBasePath(), NEXT_PUBLIC_INFERENCE_WORKER: inferenceWorkerUrl() },
  async headers() {
    return [
      // Security headers, lib/http/security-headers.mjs (CSP, nosniff, referrer, permissions,
      // COOP/COEP): on every response, page or file.
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      { source: "/ort/:hash/:file+", headers: IMMUTABLE },
      { source: "/models/:hash/:file+", headers: IMMUTABLE },
      { source: "/workers/:hash/:file+", headers: IMMUTABLE },
      { source: "/ort/:hash/:name([\\w.-]+\\.wasm)", headers: PRECOMPRESSED_WASM },
      { source: "/models/:hash/:name([\\w.-]+\\.ort\\.gz)", headers: GZIPPED_MODEL },
    ];
  },
  // (A static export has no server to rewrite: it ships the plain .wasm.)
  ...(process.env.NEXT_OUTPUT === "export" ? {} : { rewrites }),
};

async function rewrites() {
  // beforeFiles: the plain .wasm exists in public/ too, and would otherwise be served first.
  return {
    beforeFiles: [
      { source: "/ort/:hash/:name([\\w.-]+\\.wasm)", destination: "/ort/:hash/:name.gz" },
    ],
  };
}

export default nextConfig;
