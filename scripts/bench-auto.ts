/**
 * `npm run bench:auto`: is Auto as fast as the faster forced backend on this machine? In one Chromium
 * (WebGPU enabled), /classify is driven three ways — Auto, forced WASM, forced WebGPU — each in its
 * own page (its own inference worker and sessions), and prints JSON per model:
 *
 * - cold: a fresh profile per start, sample click → result (download, session(s), Auto's choice and
 *   one run); Auto and WASM start in A B B A order so neither always goes first; WebGPU once;
 * - warm: timed `session.run`s read from the worker's "result" messages. Forced WebGPU is timed on
 *   its own first (SwiftShader's seconds-long runs load the CPU), then Auto and forced WASM in
 *   blocks alternating A B B A, so machine noise lands on both alike;
 * - ratios of Auto to the faster forced backend (goal: ≤ 1.10): of medians, and the median of the
 *   per-block-pair ratios (robust to load that drifts between blocks).
 *
 * Needs an existing build (NEXT_DIST_DIR aware); starts `next start` itself on a free port.
 * Env: BENCH_MODELS (all installed), BENCH_BLOCKS (16), BENCH_BLOCK_RUNS (4), BENCH_BLOCKS_WEBGPU (3),
 * BENCH_BLOCK_RUNS_WEBGPU (1): SwiftShader takes seconds per run, so WebGPU gets fewer.
 */
import type { Browser, Page } from "playwright-core";
import type { BackendChoice, ClassifyResult } from "@/lib/inference/protocol";
import { spreadOf } from "@/lib/stats/spread";
import { NO_THROTTLING_FLAGS, QUIET_FLAGS, WEBGPU_FLAG } from "./bench/chromium";
import { envList, envNumber as num, exitOnHelp, logger } from "./bench/cli";
import { withAppAndChromium } from "./bench/harness";
import { round } from "./bench/numbers";
import { installedModelIds } from "./bench/paths";
import { printReport, resultsFile, runBench } from "./bench/report";
import { awaitNextRecord } from "./bench/worker-records";
import { workerHookScript } from "./bench/worker-hook";

exitOnHelp(`usage: npm run bench:auto   (needs a build: npm run build)

Auto vs forced WASM vs forced WebGPU on /classify in one Chromium, cold and warm, per installed
model; prints JSON with the ratios of Auto to the faster forced backend.`);

const SIDES: readonly BackendChoice[] = ["auto", "wasm", "webgpu"];
const PAIRED = { blocks: num("BENCH_BLOCKS", 16), runs: num("BENCH_BLOCK_RUNS", 4) };
const WEBGPU = { blocks: num("BENCH_BLOCKS_WEBGPU", 3), runs: num("BENCH_BLOCK_RUNS_WEBGPU", 1) };
/** A B B A: each side goes first in half the pairs. */
const abba = <T>(i: number, a: T, b: T): [T, T] => (i % 2 === 0 ? [a, b] : [b, a]);
const LABEL: Record<BackendChoice, string> = { auto: "Auto", wasm: "WASM", webgpu: "WebGPU" };
const SAMPLE = "chelsea-cat.jpg";
const log = logger("bench-auto");

/** Records every classify "result" the page's inference worker posts (passive: the app sees all). */
const HOOK_WORKER = workerHookScript({
  setup: "window.__benchResults = [];",
  onMessage: 'if (m && m.type === "result") window.__benchResults.push(m.result);',
});

type BenchWindow = { __benchResults: Omit<ClassifyResult, "crop">[] };

async function openSide(page: Page, base: string, model: string, side: BackendChoice) {
  await page.goto(`${base}/classify`);
  await page.getByTestId("runtime-status").waitFor({ timeout: 120_000 });
  await page.getByRole("radio", { name: LABEL[side], exact: true }).check({ force: true });
  await page.locator(`input[name=model][value="${model}"]`).check();
}

/** Clicks the sample and returns the worker's next result (without the crop). */
async function block(page: Page, runs: number): Promise<Omit<ClassifyResult, "crop">> {
  await page.getByTestId("timed-runs").fill(String(runs));
  const before = await awaitNextRecord(page, "__benchResults", () =>
    page.getByTestId(`sample-${SAMPLE}`).click(),
  );
  return page.evaluate((n) => {
    const { crop: _crop, ...rest } = (window as unknown as BenchWindow).__benchResults[
      n
    ] as ClassifyResult;
    return rest;
  }, before);
}

type Result = Omit<ClassifyResult, "crop">;

/** One cold start: a fresh profile (nothing cached, nothing remembered), sample click → result. */
async function coldStart(browser: Browser, base: string, model: string, side: BackendChoice) {
  const fresh = await browser.newContext();
  try {
    await fresh.addInitScript({ content: HOOK_WORKER });
    const page = await fresh.newPage();
    await openSide(page, base, model, side);
    const adapter = await page.getByTestId("webgpu-adapter").innerText();
    const t0 = Date.now();
    const result = await block(page, 1);
    return { ms: Date.now() - t0, result, adapter };
  } finally {
    await fresh.close();
  }
}

function summary(runsMs: readonly number[]) {
  const s = spreadOf(runsMs);
  const r = (x: number) => round(x, 2);
  return { runs: s.runs, minMs: r(s.min), p10Ms: r(s.p10), medianMs: r(s.median), p90Ms: r(s.p90) };
}

async function benchModel(browser: Browser, base: string, model: string) {
  const cold: Record<BackendChoice, number[]> = { auto: [], wasm: [], webgpu: [] };
  let autoCold: Result | undefined;
  let wasmCold: Result | undefined;
  let adapter = "";
  for (const side of ["auto", "wasm", "wasm", "auto"] as const) {
    const c = await coldStart(browser, base, model, side);
    cold[side].push(c.ms);
    adapter = c.adapter;
    if (side === "auto") autoCold ??= c.result;
    else wasmCold ??= c.result;
  }
  const gpuCold = await coldStart(browser, base, model, "webgpu");
  cold.webgpu.push(gpuCold.ms);

  const context = await browser.newContext();
  await context.addInitScript({ content: HOOK_WORKER });
  try {
    const pages = new Map<BackendChoice, Page>();
    for (const side of SIDES) {
      const page = await context.newPage();
      await openSide(page, base, model, side);
      await block(page, 1); // session(s) and Auto's choice made before timing
      pages.set(side, page);
    }
    const page = (side: BackendChoice) => pages.get(side) as Page;
    const runsMs: Record<BackendChoice, number[]> = { auto: [], wasm: [], webgpu: [] };
    await page("webgpu").bringToFront();
    for (let b = 0; b < WEBGPU.blocks; b++)
      runsMs.webgpu.push(...(await block(page("webgpu"), WEBGPU.runs)).runsMs);
    await page("webgpu").close(); // frees SwiftShader's buffers before the paired timing
    const pairRatios: number[] = [];
    for (let b = 0; b < PAIRED.blocks; b++) {
      const blockMs: Partial<Record<BackendChoice, readonly number[]>> = {};
      for (const side of abba(b, "auto", "wasm") as BackendChoice[]) {
        await page(side).bringToFront();
        blockMs[side] = (await block(page(side), PAIRED.runs)).runsMs;
        runsMs[side].push(...(blockMs[side] ?? []));
      }
      pairRatios.push(spreadOf(blockMs.auto ?? []).median / spreadOf(blockMs.wasm ?? []).median);
    }
    const med = (side: BackendChoice) => spreadOf(runsMs[side]).median;
    const faster = med("wasm") <= med("webgpu") ? "wasm" : "webgpu";
    const coldMed = (side: BackendChoice) => spreadOf(cold[side]).median;
    return {
      model,
      webgpuAdapter: adapter,
      autoBackend: autoCold?.backend,
      autoReason: autoCold?.session.auto?.reason ?? null,
      fasterForced: faster,
      ratioGoal: 1.1,
      autoOverFasterForced: round(med("auto") / med(faster), 3),
      ...(faster === "wasm"
        ? { autoOverWasmPairedBlockRatioMedian: round(spreadOf(pairRatios).median, 3) }
        : {}),
      autoOverWebgpu: round(med("auto") / med("webgpu"), 3),
      warm: Object.fromEntries(SIDES.map((side) => [side, summary(runsMs[side])])),
      coldToFirstResultMs: Object.fromEntries(SIDES.map((side) => [side, cold[side]])),
      coldAutoOverColdFasterForced: round(coldMed("auto") / coldMed(faster), 3),
      top1: {
        auto: autoCold?.top5[0]?.index ?? null,
        wasm: wasmCold?.top5[0]?.index ?? null,
        webgpu: gpuCold.result.top5[0]?.index ?? null,
      },
    };
  } finally {
    await context.close();
  }
}

async function main() {
  const installed = installedModelIds();
  const models = envList("BENCH_MODELS") ?? installed;
  const results = await withAppAndChromium(
    {
      readyPath: "/classify",
      // Three pages share the browser; none may be throttled while another is in front.
      chromiumArgs: [WEBGPU_FLAG, ...QUIET_FLAGS, ...NO_THROTTLING_FLAGS],
    },
    async ({ base, browser }) => {
      const perModel: Record<string, unknown>[] = [];
      for (const model of models) {
        log(`${model}…`);
        perModel.push(await benchModel(browser, base, model));
      }
      return perModel;
    },
  );
  const out = {
    note: "timed on a machine others may share: compare ratios, not absolutes",
    results,
  };
  printReport(out, resultsFile("auto"));
}

runBench("bench-auto", main);
