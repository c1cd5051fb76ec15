import { SECURITY_HEADERS } from "../lib/http/security-headers.mjs";
import { expect, test } from "./fixtures/test";
// @ts-expect-error plain JS module without types
import { ortBasePath } from "../scripts/ort-files.mjs";

/**
 * Every response carries the security headers from lib/http/security-headers.mjs: pages, Next's
 * chunks, the ORT runtime files. The page still works under the CSP (the before-paint theme script
 * runs, the page is cross-origin isolated), and the shared fixture sees a violation when one happens.
 */
function expectSecurityHeaders(url: string, headers: Record<string, string>) {
  for (const { key, value } of SECURITY_HEADERS)
    expect(headers[key.toLowerCase()], `${key} on ${url}`).toBe(value);
}

test("pages, scripts and runtime files all carry the security headers", async ({
  page,
  request,
}) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  expectSecurityHeaders("/", response!.headers());
  const script = await page.locator("script[src]").first().getAttribute("src");
  expect(script).toBeTruthy();
  // The runtime files live in a content-hashed folder (scripts/ort-files.mjs).
  const ort = `${ortBasePath()}ort-wasm-simd-threaded.mjs`;
  for (const url of [script!, ort, "/icon.svg", "/learn"]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expectSecurityHeaders(url, res.headers());
  }
  const csp = response!.headers()["content-security-policy"]!;
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
});

test("under the CSP the theme script runs before paint and the page is cross-origin isolated", async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/learn");
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
  await context.close();
});

test("a blocked request is reported as a CSP violation", async ({ page, cspViolations }) => {
  await page.goto("/");
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "https://example.invalid/tracker.png";
    document.body.append(img);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(cspViolations.join("\n")).toContain("img-src");
  cspViolations.splice(0); // provoked on purpose: the fixture's end-of-test check must pass
});

test("a violation inside a web worker is reported too", async ({ page, cspViolations }) => {
  // A same-origin worker script that tries eval, served with the site's headers (a worker obeys
  // the CSP of its own script response).
  await page.route("**/csp-probe.worker.js", (route) =>
    route.fulfill({
      contentType: "text/javascript",
      headers: Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value])),
      body: 'onmessage = () => { try { eval("1"); } catch (e) { postMessage(String(e)); } };',
    }),
  );
  await page.goto("/");
  await page.evaluate(() => {
    (window as unknown as { probe: Worker }).probe = new Worker("/csp-probe.worker.js");
  });
  const tryEval = () =>
    page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const probe = (window as unknown as { probe: Worker }).probe;
          probe.onmessage = (e) => resolve(String(e.data));
          probe.postMessage("go");
        }),
    );
  expect(await tryEval()).toContain("EvalError");
  // The fixture's listener reaches the worker asynchronously: ask again until it has reported.
  await expect
    .poll(async () => (await tryEval()) && cspViolations.join("\n"))
    .toContain("script-src blocked eval");
  cspViolations.splice(0);
});
