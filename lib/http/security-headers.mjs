// @ts-check
/**
 * The security headers every response carries, defined once. `next.config.js` serves them from
 * `next start`; `scripts/export-headers.mjs` writes the same values into the static export's
 * `_headers` (Netlify, Cloudflare Pages), `vercel.json` and `serve.json` files.
 *
 * Why the CSP is shaped this way:
 * - script-src needs 'unsafe-inline': Next's App Router streams each page's RSC payload as inline
 *   `self.__next_f.push(...)` scripts whose text changes with every build, and a static export
 *   cannot add per-request nonces. A hash list would make browsers ignore 'unsafe-inline' and so
 *   block those scripts. Everything else a script can load is held to 'self'.
 * - 'wasm-unsafe-eval' (never 'unsafe-eval') lets onnxruntime-web compile its WebAssembly.
 * - worker-src 'self': the inference and lab workers and ORT's pthread workers are same-origin
 *   module scripts under /_next/ and /ort/.
 * - img-src blob: and data: cover the user's photo preview, webcam snapshots and canvas exports.
 * - connect-src adds the one host MobileNetV4's public weights come from (and the hosts its file
 *   links redirect to for the bytes).
 * - style-src 'unsafe-inline': React style attributes, d3 transitions and KaTeX set inline styles.
 */

/** The origins MobileNetV4's weights are fetched from (the resolve URL and its file redirect). */
export const V4_WEIGHT_ORIGINS = [
  "https://huggingface.co",
  "https://*.huggingface.co",
  "https://*.hf.co",
];

/** @type {Readonly<Record<string, readonly string[]>>} */
export const CSP_DIRECTIVES = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"],
  "worker-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "blob:", "data:"],
  "font-src": ["'self'", "data:"],
  "media-src": ["'self'", "blob:"],
  "connect-src": ["'self'", ...V4_WEIGHT_ORIGINS],
  "manifest-src": ["'self'"],
  "object-src": ["'none'"],
  "frame-ancestors": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};

/** @returns {string} the Content-Security-Policy header value */
export function contentSecurityPolicy() {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/**
 * Features the app never uses are switched off; the camera is allowed for this origin only
 * (the classify page's webcam snapshot).
 */
const PERMISSIONS_POLICY = [
  "camera=(self)",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
].join(", ");

/**
 * @typedef {{ readonly key: string, readonly value: string }} Header
 * @type {readonly Header[]}
 */
export const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy() },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  // Cross-origin isolation: SharedArrayBuffer for multi-threaded WASM. Everything the app loads is
  // same-origin, so require-corp costs nothing.
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
];
