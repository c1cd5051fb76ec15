#!/usr/bin/env node
// Writes the offline service worker (Workbox's generateSW) for a finished build:
//   node scripts/build-sw.mjs         → public/sw.js for `next start` (from .next and public/)
//   node scripts/build-sw.mjs out     → out/sw.js for the static export
// Precached (fetched once when the worker installs, replaced when a build changes them): every
// page's HTML, Next's static chunks, CSS and fonts, the open sample photos, /classify's prebuilt
// inference worker. Cached on first use, in a
// cache named after the onnxruntime-web version: the runtime files under /ort/ (tens of MB, so
// never fetched unless the visitor runs a model). Not touched: /models/, which the app's model store
// already keeps in its own cache (lib/inference/model-store.ts), so nothing is cached twice.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSW } from "workbox-build";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = process.argv[2] === "out" ? "out" : "next";
const ortVersion = JSON.parse(
  readFileSync(join(root, "node_modules/onnxruntime-web/package.json"), "utf8"),
).version;
export const ORT_CACHE = `mobilenet-lab-ort-${ortVersion}`;

/** Page HTML file → the URL it is served at ("learn/x.html" → "/learn/x", "index.html" → "/"). */
function pageUrl(htmlPath) {
  const route = htmlPath.replace(/\.html$/, "");
  return route === "index" ? "/" : `/${route}`;
}

const NOT_PAGES = /(^|\/)(_not-found|_global-error|404|500)\.html$/;

const layouts = {
  next: {
    globDirectory: root,
    globPatterns: [
      ".next/static/**/*.{js,css,woff2}",
      ".next/server/app/**/*.html",
      "public/samples/open/*",
      "public/icon.svg",
      "public/workers/**/*.js",
    ],
    toUrl: (path) => {
      if (path.startsWith(".next/static/")) return `/_next/static/${path.slice(13)}`;
      if (path.startsWith(".next/server/app/")) return pageUrl(path.slice(17));
      return `/${path.slice("public/".length)}`;
    },
    swDest: join(root, "public/sw.js"),
  },
  out: {
    globDirectory: join(root, "out"),
    globPatterns: [
      "_next/static/**/*.{js,css,woff2}",
      "**/*.html",
      "samples/open/*",
      "icon.svg",
      "workers/**/*.js",
    ],
    toUrl: (path) => (path.endsWith(".html") ? pageUrl(path) : `/${path}`),
    swDest: join(root, "out/sw.js"),
  },
}[target];

const { count, size, warnings } = await generateSW({
  globDirectory: layouts.globDirectory,
  globPatterns: layouts.globPatterns,
  globIgnores: ["**/node_modules/**", ".next/static/media/*.ts", "_next/static/media/*.ts"],
  manifestTransforms: [
    async (entries) => ({
      manifest: entries
        .filter((e) => !NOT_PAGES.test(e.url))
        .map((e) => ({ ...e, url: layouts.toUrl(e.url) })),
      warnings: [],
    }),
  ],
  swDest: layouts.swDest,
  mode: "production",
  sourcemap: false,
  inlineWorkboxRuntime: true,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  directoryIndex: null,
  // Pages read their state from the URL in the browser, so /explore?model=v2 is /explore's HTML;
  // _rsc (Next's client-navigation payload requests) must never be answered with HTML.
  ignoreURLParametersMatching: [/^(?!_rsc$)/],
  dontCacheBustURLsMatching: /^\/_next\/static\//,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  runtimeCaching: [
    {
      urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/ort/"),
      handler: "CacheFirst",
      options: { cacheName: ORT_CACHE, expiration: { maxEntries: 8 } },
    },
  ],
  importScripts: [],
});
for (const w of warnings) console.warn(`build-sw: ${w}`);

/**
 * Two additions ahead of Workbox's own listeners:
 * - activate: delete runtime caches of an older onnxruntime-web.
 * - fetch: Turbopack starts each Web Worker from a bootstrap script whose URL fragment
 *   (#params=…) carries its chunk list. A worker takes its URL from the response, and a cached
 *   response's URL has no fragment, so that one script is answered with a fresh Response (no URL of
 *   its own: the worker keeps the requested URL, fragment included), from the cache when offline.
 */
const EXTRA = `
self.addEventListener("activate", (e) => {
  e.waitUntil(caches.keys().then((names) => Promise.all(names
    .filter((n) => n.startsWith("mobilenet-lab-ort-") && n !== ${JSON.stringify(ORT_CACHE)})
    .map((n) => caches.delete(n)))));
});
self.addEventListener("fetch", (e) => {
  const url = new URL(e.request.url);
  if (url.origin !== location.origin || !url.pathname.startsWith("/_next/static/chunks/turbopack-worker-")) return;
  e.stopImmediatePropagation();
  e.respondWith((async () => {
    const res = (await caches.match(e.request, { ignoreSearch: true })) || (await fetch(e.request));
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers: res.headers });
  })());
});
`;
writeFileSync(layouts.swDest, EXTRA + readFileSync(layouts.swDest, "utf8"));
console.log(
  `build-sw: ${layouts.swDest.replace(`${root}/`, "")} precaches ${count} files (${(size / 1e6).toFixed(1)} MB); /ort/ cached on first use in ${ORT_CACHE}`,
);
