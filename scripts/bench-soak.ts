/**
 * `npm run bench:soak`: 200 classifications in one /classify page, alternating the installed models
 * (every classification) and the backends (WASM, then WebGPU when an adapter exists, switching every
 * round of models). Checks, and prints as JSON:
 * - memory after warm-up (every model × backend used once) vs at the end: page + workers, as
 *   `performance.measureUserAgentSpecificMemory()` reports it (the page is cross-origin isolated),
 *   and the page's own JS heap; the soak passes when the first grows < 20 %;
 * - sessions: every result from one model × backend carries the same session record, i.e. each
 *   session was created once and reused;
 * - workers: the page started one inference worker, and the worker count (with ORT's threads) at the
 *   end equals the count after warm-up.
 * Needs a build (NEXT_DIST_DIR aware); starts `next start` itself. Env: SOAK_RUNS (200),
 * SOAK_BACKENDS ("wasm,webgpu"). WebGPU here is SwiftShader (a CPU): slow, but a real session.
 */
import type { Page } from "playwright-core";
import type { Backend, ClassifyResult, RuntimeEnv } from "@/lib/inference/protocol";
import { QUIET_FLAGS, WEBGPU_FLAG } from "./bench/chromium";
import { envNumber, exitOnHelp, logger } from "./bench/cli";
import { withAppAndChromium } from "./bench/harness";
import { ratio } from "./bench/numbers";
import { installedModelIds } from "./bench/paths";
import { printReport } from "./bench/report";
import { awaitNextRecord, recordCount } from "./bench/worker-records";
import { workerHookScript } from "./bench/worker-hook";

exitOnHelp(`usage: npm run bench:soak   (needs a build: npm run build)

200 classifications in one /classify page, alternating installed models and backends; prints JSON
with memory growth after warm-up, sessions per model and backend, and worker counts.
Env: SOAK_RUNS (200), SOAK_BACKENDS ("wasm,webgpu"), NEXT_DIST_DIR (.next).`);

const RUNS = envNumber("SOAK_RUNS", 200);
const WANTED = (process.env.SOAK_BACKENDS ?? "wasm,webgpu").split(",") as Backend[];
const SAMPLES = ["espresso.jpg", "chelsea-cat.jpg"];
const log = logger("soak");

interface SoakWindow {
  __soak: {
    results: Omit<ClassifyResult, "crop">[];
    env: RuntimeEnv | null;
    workersStarted: number;
  };
}

/** Before the app's scripts: count Workers the page starts and keep every classify result. */
const HOOK = workerHookScript({
  setup: `const rec = { results: [], env: null, workersStarted: 0 };
  window.__soak = rec;`,
  onCreate: "rec.workersStarted++;",
  onMessage: `if (m && m.type === "probe" && m.env) rec.env = m.env;
        if (m && m.type === "result" && m.result) {
          const { crop, ...result } = m.result;
          rec.results.push(result);
        }`,
});

const resultCount = (page: Page) => recordCount(page, "__soak.results");

/** Does `action`, then waits for the worker's next classify result (an error on screen throws). */
async function nextResult(page: Page, action: () => Promise<void>): Promise<void> {
  await awaitNextRecord(page, "__soak.results", action, "classify failed: ");
}

interface Memory {
  readonly allBytes: number | null;
  readonly pageHeapBytes: number;
}

async function memory(page: Page): Promise<Memory> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  const allBytes = await page.evaluate(async () => {
    const p = performance as Performance & {
      measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }>;
    };
    return p.measureUserAgentSpecificMemory
      ? (await p.measureUserAgentSpecificMemory()).bytes
      : null;
  });
  return { allBytes, pageHeapBytes: usedSize };
}

function workerCounts(page: Page) {
  const workers = page.workers();
  const ortThreads = workers.filter((w) => w.url().includes("/ort/")).length;
  return { total: workers.length, ortThreads, app: workers.length - ortThreads };
}

const mb = (bytes: number | null) => (bytes === null ? null : Number((bytes / 1e6).toFixed(2)));

async function main(): Promise<void> {
  const chromiumArgs = [
    WEBGPU_FLAG,
    "--enable-blink-features=ForceEagerMeasureMemory",
    ...QUIET_FLAGS,
  ];
  await withAppAndChromium({ chromiumArgs }, async ({ base, browser }) => {
    const context = await browser.newContext({ serviceWorkers: "block" });
    await context.addInitScript(HOOK);
    const page = await context.newPage();
    await page.goto(`${base}/classify`);
    await page.getByTestId("runtime-status").waitFor({ timeout: 120_000 });
    const env = await page.evaluate(() => (window as unknown as SoakWindow).__soak.env);
    // Installed models only: a remote-only one (V4) would need the internet.
    const installed = installedModelIds();
    const models = (
      await page
        .locator("input[name=model]:not([disabled])")
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    ).filter((id) => installed.includes(id));
    if (models.length === 0) throw new Error("no models installed: run npm run setup:models");
    const backends = WANTED.filter((b) => b === "wasm" || env?.webgpuAdapter);
    log(`${models.length} models × ${backends.join("+")}; ${RUNS} classifications`);
    await page.getByTestId("timed-runs").fill("1");

    const pickBackend = (b: Backend) =>
      page
        .getByRole("radio", { name: b === "wasm" ? "WASM" : "WebGPU", exact: true })
        .check({ force: true });
    const pickModel = (id: string) => page.locator(`input[name=model][value="${id}"]`).check();
    await pickBackend(backends[0]!);
    await pickModel(models[0]!);
    await nextResult(page, () => page.getByTestId(`sample-${SAMPLES[0]}`).click());

    // A model change re-runs the current photo: one classification. After each round of models the
    // backend switches, which re-runs it too. With one model, the samples alternate instead.
    let step = 1;
    let backendIndex = 0;
    const stepOnce = async () => {
      if (step % models.length === 0 && backends.length > 1) {
        backendIndex = (backendIndex + 1) % backends.length;
        await nextResult(page, () => pickBackend(backends[backendIndex]!));
      }
      if (models.length > 1) await nextResult(page, () => pickModel(models[step % models.length]!));
      else await nextResult(page, () => page.getByTestId(`sample-${SAMPLES[step % 2]}`).click());
      step++;
    };
    const warmUp = models.length * backends.length * 2;
    while ((await resultCount(page)) < warmUp) await stepOnce();
    const afterWarmUp = {
      at: await resultCount(page),
      memory: await memory(page),
      workers: workerCounts(page),
    };
    log(`warm-up done after ${afterWarmUp.at}: ${JSON.stringify(afterWarmUp.memory)}`);
    const samples: { at: number; memory: Memory }[] = [];
    const started = Date.now();
    let nextSample = 50;
    while ((await resultCount(page)) < RUNS) {
      await stepOnce();
      const n = await resultCount(page);
      if (n >= nextSample) {
        nextSample += 50;
        samples.push({ at: n, memory: await memory(page) });
        log(`${n} classifications, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      }
    }
    const soakSeconds = Math.round((Date.now() - started) / 1000);
    const end = {
      at: await resultCount(page),
      memory: await memory(page),
      workers: workerCounts(page),
    };

    const rec = await page.evaluate(() => (window as unknown as SoakWindow).__soak);
    const byKey = new Map<string, Set<string>>();
    const perKey = new Map<string, number>();
    for (const r of rec.results) {
      const key = `${r.modelId}|${r.backend}`;
      const { requested: _r, fallback: _f, ...session } = r.session;
      byKey.set(key, (byKey.get(key) ?? new Set()).add(JSON.stringify(session)));
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    const sessions = Object.fromEntries(
      [...byKey].map(([key, records]) => [
        key,
        { classifications: perKey.get(key), sessionsSeen: records.size },
      ]),
    );
    const growth = ratio(end.memory.allBytes, afterWarmUp.memory.allBytes);
    const checks = {
      memoryGrowthUnder20Percent: growth !== null ? growth < 1.2 : null,
      oneSessionPerModelAndBackend: [...byKey.values()].every((s) => s.size === 1),
      oneInferenceWorker: rec.workersStarted === 1,
      noWorkerLeak: end.workers.total === afterWarmUp.workers.total,
    };
    printReport({
      machine: "shared 2-core VM, headless Chromium; WebGPU is SwiftShader (software)",
      classifications: rec.results.length,
      soakSecondsAfterWarmUp: soakSeconds,
      models,
      backends,
      threads: env?.threads,
      crossOriginIsolated: env?.crossOriginIsolated,
      memoryMB: {
        afterWarmUp: {
          at: afterWarmUp.at,
          all: mb(afterWarmUp.memory.allBytes),
          pageHeap: mb(afterWarmUp.memory.pageHeapBytes),
        },
        samples: samples.map((s) => ({
          at: s.at,
          all: mb(s.memory.allBytes),
          pageHeap: mb(s.memory.pageHeapBytes),
        })),
        end: {
          at: end.at,
          all: mb(end.memory.allBytes),
          pageHeap: mb(end.memory.pageHeapBytes),
        },
      },
      ratios: {
        allMemoryEndToWarmUp: growth,
        pageHeapEndToWarmUp: ratio(end.memory.pageHeapBytes, afterWarmUp.memory.pageHeapBytes),
      },
      sessions,
      workers: {
        started: rec.workersStarted,
        afterWarmUp: afterWarmUp.workers,
        end: end.workers,
      },
      checks,
    });
    if (Object.values(checks).some((ok) => ok === false)) process.exitCode = 1;
  });
}

await main();
