// @ts-check
/**
 * COOP/COEP make every page cross-origin isolated, which multi-threaded WASM (SharedArrayBuffer)
 * in onnxruntime-web needs. Everything the app loads is same-origin, so require-corp costs nothing.
 * NEXT_DIST_DIR lets parallel builds (CI, benchmarks) use separate output folders.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Types are checked once, by `npm run check` (tsc --noEmit), not again inside every build.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
        ],
      },
    ];
  },
};

export default nextConfig;
