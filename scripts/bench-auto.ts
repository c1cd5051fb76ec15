/**
 * `npm run bench:auto`: is Auto as fast as the faster forced backend on this machine? In one Chromium
 * (WebGPU enabled), /classify is driven three ways — Auto, forced WASM, forced WebGPU — each in its
 * own page (its own inference worker and sessions), and prints JSON per model:
 *
 * - cold: a fresh profile per side, sample click → result (download, session(s), Auto's choice, runs);
 * - warm: timed `session.run`s read from the worker's "result" messages, in blocks interleaved
 *   Auto, WASM, WebGPU (order rotated each block) so machine noise lands on all three alike;
 * - ratios of Auto's median to each forced median and to the faster one (goal: ≤ 1.10).
 *
 * Needs an existing build (NEXT_DIST_DIR aware); starts `next start` itself on a free port.
 * Env: BENCH_MODELS (all installed), BENCH_BLOCKS (8), BENCH_BLOCK_RUNS (5), BENCH_BLOCKS_WEBGPU (3),
 * BENCH_BLOCK_RUNS_WEBGPU (1): SwiftShader takes seconds per run, so WebGPU gets fewer.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { BackendChoice, ClassifyResult } from "@/lib/inference/protocol";
import { spreadOf } from "@/lib/stats/spread";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = process.env.NEXT_DIST_DIR ?? ".next";
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SIDES: readonly BackendChoice[] = ["auto", "wasm", "webgpu"];
const PLAN: Record<BackendChoice, { blocks: number; runs: number }> = {
  auto: { blocks: num("BENCH_BLOCKS", 8), runs: num("BENCH_BLOCK_RUNS", 5) },
  wasm: { blocks: num("BENCH_BLOCKS", 8), runs: num("BENCH_BLOCK_RUNS", 5) },
  webgpu: { blocks: num("BENCH_BLOCKS_WEBGPU", 3), runs: num("BENCH_BLOCK_RUNS_WEBGPU", 1) },
};
const LABEL: Record<BackendChoice, string> = { auto: "Auto", wasm: "WASM", webgpu: "WebGPU" };
const SAMPLE = "chelsea-cat.jpg";
const log = (msg: string) => process.stderr.write(`bench-auto: ${msg}\n`);

/** Records every classify "result" the page's inference worker posts (passive: the app sees all). */
const HOOK_WORKER = `(() => {
  window.__benchResults = [];
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      this.addEventListener("message", (e) => {
        if (e.data && e.data.type === "result") window.__benchResults.push(e.data.result);
      });
    }
  };
})();`;

type BenchWindow = { __benchResults: Omit<ClassifyResult, "crop">[] };

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() =>
        typeof addr === "object" && addr ? res(addr.port) : rej(new Error("no port")),
      );
    });
  });
}

async function waitForServer(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not start`);
}

async function openSide(page: Page, base: string, model: string, side: BackendChoice) {
  await page.goto(`${base}/classify`);
  await page.getByTestId("runtime-status").waitFor({ timeout: 120_000 });
  await page.getByRole("radio", { name: LABEL[side], exact: true }).check({ force: true });
  await page.locator(`input[name=model][value="${model}"]`).check();
}

/** Clicks the sample and returns the worker's next result (without the crop). */
async function block(page: Page, runs: number): Promise<Omit<ClassifyResult, "crop">> {
  await page.getByTestId("timed-runs").fill(String(runs));
  const before = await page.evaluate(
    () => (window as unknown as BenchWindow).__benchResults.length,
  );
  await page.getByTestId(`sample-${SAMPLE}`).click();
  await page.waitForFunction(
    (n) =>
      (window as unknown as BenchWindow).__benchResults.length > n ||
      document.querySelector("[data-testid=error]") !== null,
    before,
    { timeout: 600_000, polling: 20 },
  );
  const error = page.getByTestId("error");
  if (await error.isVisible()) throw new Error(await error.innerText());
  return page.evaluate((n) => {
    const { crop: _crop, ...rest } = (window as unknown as BenchWindow).__benchResults[
      n
    ] as ClassifyResult;
    return rest;
  }, before);
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));

async function benchModel(browser: Browser, base: string, model: string) {
  const context = await browser.newContext();
  await context.addInitScript({ content: HOOK_WORKER });
  const pages = new Map<BackendChoice, Page>();
  const cold = new Map<BackendChoice, { ms: number; result: Omit<ClassifyResult, "crop"> }>();
  let adapter: string | undefined;
  try {
    for (const side of SIDES) {
      // Each side's cold start in a fresh profile of its own: nothing cached, nothing remembered.
      const fresh = await browser.newContext();
      await fresh.addInitScript({ content: HOOK_WORKER });
      const page = await fresh.newPage();
      await openSide(page, base, model, side);
      adapter ??= await page.getByTestId("webgpu-adapter").innerText();
      const t0 = Date.now();
      const result = await block(page, 1);
      cold.set(side, { ms: Date.now() - t0, result });
      await fresh.close();
      const warmPage = await context.newPage();
      await openSide(warmPage, base, model, side);
      await block(warmPage, 1); // session(s) and Auto's choice made before timing
      pages.set(side, warmPage);
    }
    const runsMs: Record<BackendChoice, number[]> = { auto: [], wasm: [], webgpu: [] };
    const blocks = Math.max(...SIDES.map((s) => PLAN[s].blocks));
    for (let b = 0; b < blocks; b++) {
      const order = SIDES.map((_, i) => SIDES[(i + b) % SIDES.length] as BackendChoice);
      for (const side of order) {
        if (b >= PLAN[side].blocks) continue;
        const page = pages.get(side) as Page;
        await page.bringToFront();
        runsMs[side].push(...(await block(page, PLAN[side].runs)).runsMs);
      }
    }
    const spread = (side: BackendChoice) => spreadOf(runsMs[side]);
    const med = (side: BackendChoice) => spread(side).median;
    const faster = med("wasm") <= med("webgpu") ? "wasm" : "webgpu";
    const autoCold = cold.get("auto")?.result;
    return {
      model,
      webgpuAdapter: adapter,
      autoBackend: autoCold?.backend,
      autoReason: autoCold?.session.auto?.reason ?? null,
      fasterForced: faster,
      autoOverFasterForced: round(med("auto") / med(faster), 3),
      // Under load the median drifts with whatever else runs; the low percentiles show the kernels.
      autoOverFasterForcedP10: round(spread("auto").p10 / spread(faster).p10, 3),
      autoOverFasterForcedMin: round(spread("auto").min / spread(faster).min, 3),
      autoOverWasm: round(med("auto") / med("wasm"), 3),
      autoOverWebgpu: round(med("auto") / med("webgpu"), 3),
      ratioGoal: 1.1,
      warm: Object.fromEntries(
        SIDES.map((side) => {
          const s = spread(side);
          return [
            side,
            {
              runs: s.runs,
              minMs: round(s.min),
              p10Ms: round(s.p10),
              medianMs: round(s.median),
              p90Ms: round(s.p90),
            },
          ];
        }),
      ),
      coldToFirstResultMs: Object.fromEntries(SIDES.map((s) => [s, cold.get(s)?.ms ?? null])),
      coldAutoOverColdFasterForced: round(
        (cold.get("auto")?.ms ?? NaN) / (cold.get(faster)?.ms ?? NaN),
        3,
      ),
      top1: Object.fromEntries(SIDES.map((s) => [s, cold.get(s)?.result.top5[0]?.index ?? null])),
    };
  } finally {
    await context.close();
  }
}

async function main() {
  if (!existsSync(join(ROOT, DIST, "BUILD_ID")))
    throw new Error(`no build in ${DIST}: run next build first (NEXT_DIST_DIR=${DIST})`);
  const installed: string[] = JSON.parse(
    readFileSync(join(ROOT, "public/models/installed.json"), "utf8"),
  ).installed;
  const models = process.env.BENCH_MODELS?.split(",") ?? installed;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: ROOT,
      env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    },
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--enable-unsafe-webgpu",
      "--disable-background-networking",
      "--no-first-run",
      "--disable-quic",
      // Three pages share the browser; none may be throttled while another is in front.
      "--disable-background-timer-throttling",
      "--disable-renderer-backgrounding",
      "--disable-backgrounding-occluded-windows",
    ],
  });
  const results: Record<string, unknown>[] = [];
  try {
    await waitForServer(`${base}/classify`, 60_000);
    for (const model of models) {
      log(`${model}…`);
      results.push(await benchModel(browser, base, model));
    }
  } finally {
    await browser.close();
    server.kill();
  }
  const out = {
    note: "timed on a machine others may share: compare ratios, not absolutes",
    results,
  };
  mkdirSync(join(ROOT, "bench-results"), { recursive: true });
  writeFileSync(join(ROOT, "bench-results/auto.json"), JSON.stringify(out, null, 2) + "\n");
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-auto: failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
