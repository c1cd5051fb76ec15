// Tiny static server for the peer benchmark. It exists (instead of `next start`) so the bench can
// serve TF.js from node_modules and generated blobs without touching the app, while still sending
// the COOP/COEP headers that multi-threaded WASM needs (SharedArrayBuffer → crossOriginIsolated).
import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".onnx": "application/octet-stream",
  ".ort": "application/octet-stream",
  ".bin": "application/octet-stream",
  ".jpg": "image/jpeg",
};

const ISOLATION = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cache-Control": "no-store",
};

/**
 * @param {Record<string, string>} mounts URL prefix ("/ort/") → directory on disk
 * @param {Map<string, {body: Uint8Array | string, type: string}>} blobs exact URL path → in-memory body
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(mounts, blobs = new Map()) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const blob = blobs.get(path);
    if (blob) {
      res.writeHead(200, { ...ISOLATION, "Content-Type": blob.type });
      res.end(blob.body);
      return;
    }
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      // Refuse "..": the server only ever exposes the mounted folders.
      if (!file.startsWith(normalize(dir) + sep) || !existsSync(file) || !statSync(file).isFile())
        break;
      res.writeHead(200, {
        ...ISOLATION,
        "Content-Type": MIME[extname(file)] ?? "application/octet-stream",
        "Content-Length": statSync(file).size,
      });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, ISOLATION);
    res.end("not found");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
