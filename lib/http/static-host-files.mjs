// @ts-check
/**
 * The same response headers as `next start` serves, written as the config files static hosts read:
 * `_headers` (Netlify, Cloudflare Pages), `vercel.json` (Vercel) and `serve.json` (the `serve` CLI,
 * which CI uses to test the export). Pure: strings in, strings out; scripts/export-static.mjs writes them.
 */

/** @typedef {import("./security-headers.mjs").Header} Header */

/** @param {readonly Header[]} headers */
export function netlifyHeaders(headers) {
  return ["/*", ...headers.map((h) => `  ${h.key}: ${h.value}`), ""].join("\n");
}

/**
 * Clean URLs: the export writes /learn/x as learn/x.html, and links say /learn/x.
 * @param {readonly Header[]} headers
 */
export function vercelJson(headers) {
  const config = {
    cleanUrls: true,
    trailingSlash: false,
    headers: [{ source: "/(.*)", headers: headers.map(({ key, value }) => ({ key, value })) }],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** @param {readonly Header[]} headers */
export function serveJson(headers) {
  const config = {
    cleanUrls: true,
    trailingSlash: false,
    directoryListing: false,
    headers: [{ source: "**", headers: headers.map(({ key, value }) => ({ key, value })) }],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
