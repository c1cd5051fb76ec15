// Tiny static server for the peer benchmark. It exists (instead of `next start`) so the bench can
// serve TF.js from node_modules and generated blobs without touching the app, while still sending
// the COOP/COEP headers that multi-threaded WASM needs (SharedArrayBuffer → crossOriginIsolated).
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";

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
};

/** What `next start` compresses (the `compression` package's default filter): text, JS, JSON, wasm. */
const COMPRESSIBLE = /^(text\/|application\/(json|wasm|javascript))/;

const acceptsGzip = (req) => /gzip/.test(req.headers["accept-encoding"] ?? "");

/**
 * @param {Record<string, string>} mounts URL prefix ("/ort/") → directory on disk
 * @param {Map<string, {body: Uint8Array | string, type: string, encoding?: string}>} blobs exact URL
 *   path → in-memory body (`encoding`: sent as that Content-Encoding, as it is)
 * @param {{ cacheControl?: string | ((path: string) => string), gzip?: boolean, precompressed?: boolean }} [options]
 *   defaults: "no-store", no compression, no precompressed siblings
 *   (the throughput benchmark); bench:startup serves the TF.js page the way `next start` serves the
 *   app: gzip for compressible types and long-lived caching of versioned files.
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(mounts, blobs = new Map(), options = {}) {
  const policy = options.cacheControl ?? "no-store";
  const cacheControlFor = (path) => (typeof policy === "function" ? policy(path) : policy);
  const gzipped = new Map();
  const send = (req, res, path, type, read) => {
    const headers = { ...ISOLATION, "Cache-Control": cacheControlFor(path), "Content-Type": type };
    let body = read();
    if (options.gzip && COMPRESSIBLE.test(type) && acceptsGzip(req)) {
      if (!gzipped.has(path)) gzipped.set(path, gzipSync(body));
      body = gzipped.get(path);
      headers["Content-Encoding"] = "gzip";
    }
    res.writeHead(200, { ...headers, "Content-Length": Buffer.byteLength(body) });
    res.end(body);
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const blob = blobs.get(path);
    if (blob?.encoding) {
      // Already encoded (a gzip file sent as `Content-Encoding: gzip`, as next.config.js sends the
      // app's prepared models).
      res.writeHead(200, {
        ...ISOLATION,
        "Cache-Control": cacheControlFor(path),
        "Content-Type": blob.type,
        "Content-Encoding": blob.encoding,
        "Content-Length": Buffer.byteLength(blob.body),
      });
      res.end(blob.body);
      return;
    }
    if (blob) {
      send(req, res, path, blob.type, () => blob.body);
      return;
    }
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      // Refuse "..": the server only ever exposes the mounted folders.
      if (!file.startsWith(normalize(dir) + sep) || !existsSync(file) || !statSync(file).isFile())
        break;
      const type = MIME[extname(file)] ?? "application/octet-stream";
      // A precompressed sibling (copy-ort writes <file>.wasm.gz), sent as next.config.js has
      // `next start` send it: the same bytes, no compression work per request.
      if (options.precompressed && existsSync(`${file}.gz`) && acceptsGzip(req)) {
        const body = readFileSync(`${file}.gz`);
        res.writeHead(200, {
          ...ISOLATION,
          "Cache-Control": cacheControlFor(path),
          "Content-Type": type,
          "Content-Encoding": "gzip",
          "Content-Length": body.length,
        });
        res.end(body);
        return;
      }
      send(req, res, path, type, () => readFileSync(file));
      return;
    }
    res.writeHead(404, { ...ISOLATION, "Cache-Control": "no-store" });
    res.end("not found");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
