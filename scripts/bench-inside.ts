/**
 * `npm run bench:inside`: the /inside page against plain classification, in one Chromium run on WASM
 * (MobileNetV2 1.0-224), printed as JSON. Needs an existing build (NEXT_DIST_DIR aware); starts
 * `next start` itself on a free port.
 *
 * - Exposed run vs plain run: /classify's median `session.run` (its own worker, 5 timed runs per
 *   photo) and /inside's one exposed-outputs run, interleaved photo by photo; ratio of medians.
 * - Layer open: after the photo's one run, every V2 layer is selected in turn through the UI;
 *   the time is click → the layer's channel grid painted (two animation frames after the DOM has
 *   it), measured in the page, per layer. Target: ≤ 150 ms. No layer causes another inference (the
 *   worker answers from the run it already made). A second pass throttles the page's CPU 4× (CDP),
 *   to show the headroom a busy machine would eat into.
 * - Worker holdings: the bytes the inside worker keeps after a run (it counts its typed arrays)
 *   against the bytes of every tensor the run exposed (what it would keep without thumbnails).
 * - Heap: the page's JS heap after a forced gc() (performance.memory) and the page plus its workers
 *   (measureUserAgentSpecificMemory; the app is cross-origin isolated), before and after 50 photos
 *   in a row. Target: the end within 20 % of the start.
 * The machine may be shared: read ratios, not absolute times.
 * Env: BENCH_ROUNDS (6 interleaved photos per side), BENCH_PHOTOS (50).
 */
import type { Page } from "playwright-core";
import { spreadOf } from "@/lib/stats/spread";
import { EXPOSE_GC_FLAG, NO_THROTTLING_FLAGS, QUIET_FLAGS } from "./bench/chromium";
import { envNumber, exitOnHelp, logger } from "./bench/cli";
import { withAppAndChromium } from "./bench/harness";
import { printReport, resultsFile, runBench } from "./bench/report";

exitOnHelp(`usage: npm run bench:inside   (needs a build: npm run build)

/inside against plain classification for MobileNetV2 on WASM in one Chromium: the exposed run vs
the plain run, click-to-painted time for every layer, and the heap over 50 photos; prints JSON.
Env: BENCH_ROUNDS (6), BENCH_PHOTOS (50), NEXT_DIST_DIR (.next).`);
const MODEL = "mobilenet-v2-1.0-224";
const ROUNDS = envNumber("BENCH_ROUNDS", 6);
const PHOTOS = envNumber("BENCH_PHOTOS", 50);
const SAMPLES = ["chelsea-cat.jpg", "espresso.jpg", "rocket-launch.jpg", "astronaut.jpg"];
const TARGET_LAYER_MS = 150;
/** CDP CPU throttling of the page for the second layer pass (BENCH_THROTTLE). */
const THROTTLE = envNumber("BENCH_THROTTLE", 4);
const log = logger("bench:inside");

async function openClassify(page: Page, base: string) {
  await page.goto(`${base}/classify`);
  await page.getByTestId("runtime-status").waitFor({ timeout: 120_000 });
  await page.getByRole("radio", { name: "WASM", exact: true }).check({ force: true });
  await page.locator(`input[name=model][value="${MODEL}"]`).check();
  await page.getByTestId("timed-runs").fill("5");
}

/**
 * One plain classification of a sample: the median of its 5 timed session.run calls. /classify
 * shows the top-5 first (timing pending) and the timed result later; the warm median's cell appears
 * only then, so that is what we wait for.
 */
async function plainRun(page: Page, sample: string): Promise<number> {
  await page.getByTestId(`sample-${sample}`).click();
  const result = page.locator(`[data-testid=result][data-image="${sample}"]`);
  await result.getByTestId("median-ms").waitFor({ timeout: 300_000 });
  const ms = Number(await result.getAttribute("data-median-ms"));
  if (!Number.isFinite(ms)) throw new Error(`/classify gave no median for ${sample}`);
  return ms;
}

async function openInside(page: Page, base: string) {
  await page.goto(`${base}/inside?model=${MODEL}`);
  await page.getByRole("radio", { name: "WASM", exact: true }).check({ force: true });
  await page
    .locator('[data-testid=inside-status][data-status="idle"]')
    .waitFor({ timeout: 300_000 });
}

/** One /inside photo: waits for the next run id, returns the exposed run's ms. */
async function insideRun(page: Page, sample: string): Promise<number> {
  const summary = page.getByTestId("run-summary");
  const before = (await summary.count()) ? Number(await summary.getAttribute("data-run-id")) : 0;
  await page.getByTestId(`sample-${sample}`).click();
  await page
    .locator(`[data-testid=run-summary][data-run-id="${before + 1}"]`)
    .waitFor({ timeout: 300_000 });
  await page.getByTestId("channel-grid").waitFor();
  return Number(await summary.getAttribute("data-run-ms"));
}

/**
 * Click a layer's row and time it in the page: `dom` when the layer's channel grid is in the DOM
 * (a MutationObserver, so not rounded to frames), `painted` two animation frames after that (the
 * frame holding the grid has been painted), `reply` the worker's round trip as the page's hook shows.
 * A string, not a function: tsx's transpiled functions can reference helpers the page lacks.
 */
const OPEN_LAYER = `async (p) => {
  const rows = Array.from(document.querySelectorAll("[data-testid=layer-table] button"));
  const button = rows.find((b) => (b.textContent || "").trim() === p);
  if (!button) throw new Error("no row for " + p);
  const shown = () => {
    const view = document.querySelector("[data-testid=layer-view]");
    return view && view.dataset.layer === p && document.querySelector("[data-testid=layer-open-ms]")
      && document.querySelector("[data-testid=channel-grid] canvas");
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const t0 = performance.now();
  const dom = await new Promise((resolve) => {
    const obs = new MutationObserver(() => {
      if (shown()) { obs.disconnect(); resolve(performance.now() - t0); }
    });
    obs.observe(document.body, { subtree: true, childList: true, attributes: true });
    button.click();
    if (shown()) { obs.disconnect(); resolve(performance.now() - t0); }
  });
  await frame();
  await frame();
  const painted = performance.now() - t0;
  const reply = Number(document.querySelector("[data-testid=layer-open-ms]").dataset.ms);
  return { painted, dom, reply };
}`;

interface LayerOpen {
  readonly painted: number;
  readonly dom: number;
  readonly reply: number;
}

async function openLayerInPage(page: Page, path: string): Promise<LayerOpen> {
  return (await page.evaluate(`(${OPEN_LAYER})(${JSON.stringify(path)})`)) as LayerOpen;
}

/**
 * Opens every layer once (the one shown first last, so each open is a real switch) and summarises:
 * per-layer times, the count within the target, and the slowest layers by name.
 */
async function openEveryLayer(page: Page, paths: readonly string[]) {
  // Where a user looking at the layer would be: its view at the top of the window, so the grid is
  // on screen and "painted" includes rasterizing it.
  await page.getByTestId("layer-view").evaluate((el) => el.scrollIntoView({ block: "start" }));
  const order = [...paths.slice(1), ...paths.slice(0, 1)];
  const perLayer: Record<string, { painted: number; dom: number; reply: number }> = {};
  for (const p of order) {
    const t = await openLayerInPage(page, p);
    perLayer[p] = { painted: round(t.painted), dom: round(t.dom), reply: round(t.reply) };
  }
  const rows = paths.map((p) => [p, perLayer[p] as LayerOpen] as const);
  const painted = rows.map(([, t]) => t.painted);
  return {
    layers: rows.length,
    withinTarget: painted.filter((x) => x <= TARGET_LAYER_MS).length,
    clickToPaintedMs: spread(painted),
    clickToDomMs: spread(rows.map(([, t]) => t.dom)),
    workerReplyMs: spread(rows.map(([, t]) => t.reply)),
    slowest: [...rows]
      .sort((a, b) => b[1].painted - a[1].painted)
      .slice(0, 5)
      .map(([layer, t]) => ({ layer, ...t })),
    perLayerMs: Object.fromEntries(rows),
  };
}

interface Heap {
  /** The page's JS heap after a forced GC (performance.memory). */
  readonly pageBytes: number;
  /** measureUserAgentSpecificMemory: the page plus its workers (the app is cross-origin isolated). */
  readonly agentBytes: number;
  readonly workerBytes: number;
  /** Whether gc() was there to force a collection first (Chromium with --js-flags=--expose-gc). */
  readonly gcForced: boolean;
  readonly measureMs: number;
}

const MEASURE = `(async () => {
  const gcForced = typeof gc === "function";
  if (gcForced) gc();
  const pageBytes = performance.memory ? performance.memory.usedJSHeapSize : -1;
  const t0 = performance.now();
  if (!performance.measureUserAgentSpecificMemory)
    return { pageBytes, agentBytes: -1, workerBytes: -1, gcForced, measureMs: 0 };
  const m = await performance.measureUserAgentSpecificMemory();
  let workerBytes = 0;
  for (const b of m.breakdown)
    if (b.attribution.some((a) => a.scope === "DedicatedWorkerGlobalScope")) workerBytes += b.bytes;
  return { pageBytes, agentBytes: m.bytes, workerBytes, gcForced, measureMs: performance.now() - t0 };
})()`;

async function heapAfterGc(page: Page): Promise<Heap> {
  return (await page.evaluate(MEASURE)) as Heap;
}

/** What the inside worker says it holds after the last run (its typed arrays' byteLength). */
interface WorkerHeld {
  readonly exposedBytes: number;
  readonly keptBytes: number;
  readonly runNumber: number;
}

/** Null for a build whose page does not report it (so the script can also time an older build). */
async function workerHeld(page: Page): Promise<WorkerHeld | null> {
  const el = page.getByTestId("worker-memory");
  if ((await el.count()) === 0) return null;
  const n = async (name: string) => Number(await el.getAttribute(`data-${name}`));
  return {
    exposedBytes: await n("exposed-bytes"),
    keptBytes: await n("kept-bytes"),
    runNumber: await n("run-number"),
  };
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const spread = (xs: readonly number[]) => {
  const s = spreadOf(xs);
  return {
    runs: s.runs,
    min: round(s.min),
    median: round(s.median),
    p90: round(s.p90),
    max: round(s.max),
  };
};

async function main() {
  const chromiumArgs = [
    ...QUIET_FLAGS,
    ...NO_THROTTLING_FLAGS,
    "--enable-precise-memory-info",
    EXPOSE_GC_FLAG,
  ];
  await withAppAndChromium({ chromiumArgs }, async ({ base, browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const plainPage = await context.newPage();
    const insidePage = await context.newPage();
    insidePage.on("crash", () => log("the /inside tab crashed"));
    insidePage.on("pageerror", (e) => log(`page error: ${e.message}`));
    log("opening /classify and /inside (WASM, V2)");
    await openClassify(plainPage, base);
    await openInside(insidePage, base);
    // Warm-up: one photo each side, discarded.
    await plainRun(plainPage, SAMPLES[0] as string);
    await insideRun(insidePage, SAMPLES[0] as string);

    const plain: number[] = [];
    const exposed: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const sample = SAMPLES[(i + 1) % SAMPLES.length] as string;
      plain.push(await plainRun(plainPage, sample));
      exposed.push(await insideRun(insidePage, sample));
    }
    log(
      `exposed ${exposed.map((x) => round(x)).join(", ")} vs plain ${plain.map((x) => round(x)).join(", ")}`,
    );

    await insideRun(insidePage, "chelsea-cat.jpg");
    const paths = await insidePage
      .locator("[data-testid=layer-table] button")
      .evaluateAll((bs) => bs.map((b) => b.textContent?.trim() ?? ""));
    const layerOpen = await openEveryLayer(insidePage, paths);
    log(`opened ${layerOpen.layers} layers, median ${layerOpen.clickToPaintedMs.median} ms`);
    // The same with the page's main thread slowed 4× (CDP CPU throttling): headroom for a busy machine.
    const cdp = await context.newCDPSession(insidePage);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
    const throttled = await openEveryLayer(insidePage, paths);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    log(`throttled ${THROTTLE}×: median ${throttled.clickToPaintedMs.median} ms`);

    const start = await heapAfterGc(insidePage);
    const heldStart = await workerHeld(insidePage);
    for (let i = 0; i < PHOTOS; i++)
      await insideRun(insidePage, SAMPLES[i % SAMPLES.length] as string);
    const end = await heapAfterGc(insidePage);
    const heldEnd = await workerHeld(insidePage);
    log(`heap ${start.agentBytes} → ${end.agentBytes} bytes over ${PHOTOS} photos`);

    const pm = spreadOf(plain).median;
    const em = spreadOf(exposed).median;
    const report = {
      bench: "inside",
      model: MODEL,
      backend: "wasm",
      note: "Shared 2-core machine: read the ratios (same run, interleaved), not the absolute times.",
      exposedRunVsPlain: {
        plainClassifyMedianMs: spread(plain),
        exposedRunMs: spread(exposed),
        ratioOfMedians: round(em / pm, 2),
        extraRunsPerPhoto: 1,
      },
      layerOpen: {
        targetMs: TARGET_LAYER_MS,
        ...layerOpen,
        ratioMedianToPlainRun: round(layerOpen.clickToPaintedMs.median / pm, 2),
      },
      layerOpenCpuThrottled: { rate: THROTTLE, targetMs: TARGET_LAYER_MS, ...throttled },
      workerHolds: heldStart &&
        heldEnd && {
          what: "bytes of the typed arrays the inside worker keeps after a run, counted by the worker",
          beforePhotos: heldStart,
          afterPhotos: heldEnd,
          keptOverExposed: round(heldEnd.keptBytes / heldEnd.exposedBytes, 3),
          runsCounted: heldEnd.runNumber - heldStart.runNumber,
        },
      heap: {
        photos: PHOTOS,
        start,
        end,
        pageRatio: round(end.pageBytes / start.pageBytes, 3),
        agentRatio: round(end.agentBytes / start.agentBytes, 3),
        workerRatio: round(end.workerBytes / start.workerBytes, 3),
        targetRatioMax: 1.2,
      },
    };
    printReport(report, resultsFile("inside"));
  });
}

runBench("bench:inside", main);
