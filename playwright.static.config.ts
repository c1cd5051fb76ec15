import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * The static export (`npm run export` → out/) served by `serve` with the generated serve.json, so
 * the headers come from the same definitions a static host would read. A lean subset: the crawl,
 * the headers, and classification (without the long every-sample sweep and the 8000 px photo,
 * which test the worker, not the host).
 */
const baseURL = base.use?.baseURL ?? "";
const port = new URL(baseURL).port;
const chromium = base.projects?.find((p) => p.name === "chromium");
if (!chromium) throw new Error("playwright.config.ts has no chromium project");

export default defineConfig({
  ...base,
  testMatch: [/smoke\.spec\.ts$/, /security-headers\.spec\.ts$/, /classify\.spec\.ts$/],
  grepInvert: /every ImageNet sample|8000×8000/,
  outputDir: `${process.env.E2E_OUTPUT_DIR ?? "test-results"}-static`,
  webServer: {
    command: `npx serve out -l tcp://127.0.0.1:${port} -L -n`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
  projects: [{ ...chromium, name: "static" }],
});
