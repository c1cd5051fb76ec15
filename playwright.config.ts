import { defineConfig } from "@playwright/test";
import { execFileSync } from "node:child_process";

/**
 * e2e against the production build (`next build` first). Debian's Chromium, never a downloaded one.
 * E2E_PORT and NEXT_DIST_DIR let several builds be tested side by side on one machine.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PORT = Number((process.env.E2E_PORT ??= freePort()));
const BASE_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * A port nothing listens on. Set once in the runner's environment so its worker processes, which
 * load this file again, inherit the same one.
 */
function freePort(): string {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim();
}

export default defineConfig({
  testDir: "./e2e",
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1, // 2 cores: the server, the browser and inference already compete for them
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    screenshot: "only-on-failure",
    // The offline service worker would answer requests that specs route or count; the offline
    // spec turns it back on for itself.
    serviceWorkers: "block",
  },
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    },
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /\.webgpu\.spec\.ts$/,
      use: { launchOptions: { executablePath: CHROMIUM, args: [...BASE_ARGS, "--disable-gpu"] } },
    },
    {
      name: "webgpu",
      testMatch: /\.webgpu\.spec\.ts$/,
      timeout: 600_000,
      use: {
        launchOptions: { executablePath: CHROMIUM, args: [...BASE_ARGS, "--enable-unsafe-webgpu"] },
      },
    },
  ],
});
