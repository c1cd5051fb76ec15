import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { ROOT } from "./paths";

/**
 * Serves onnxruntime-web's bundled entries at /bench/ort.<wasm|webgpu>.bundle.min.mjs, where the
 * bare page (public/bench/bare-worker.mjs) imports the same ORT build as the app. COEP and COOP so
 * that it may load as a worker dependency in the cross-origin-isolated page, as the app's files do.
 */
export async function serveOrtBundles(context: BrowserContext): Promise<void> {
  const dist = join(ROOT, "node_modules/onnxruntime-web/dist");
  await context.route(/\/bench\/ort\.(wasm|webgpu)\.bundle\.min\.mjs$/, (route) =>
    route.fulfill({
      body: readFileSync(join(dist, new URL(route.request().url()).pathname.split("/").pop()!)),
      contentType: "text/javascript",
      headers: {
        "Cross-Origin-Embedder-Policy": "require-corp",
        "Cross-Origin-Opener-Policy": "same-origin",
      },
    }),
  );
}
