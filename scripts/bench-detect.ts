/**
 * `npm run bench:detect`: in one Chromium run, per detection/segmentation model on WASM, the app
 * (/detect, its detect worker) against a bare page calling onnxruntime-web directly
 * (public/bench/bare.html + bare-worker.mjs: same ORT build, model file, session options, thread
 * count, input size), with their timed blocks interleaved (app, bare, then bare, app, …) so machine
 * noise lands on both alike. On both sides the timed interval is `session.run` in a dedicated worker
 * after the same per-request re-warm (STEADY_RULE). Also: the SSD decode + NMS time and the
 * segmentation post-processing time as the worker measures them, the live webcam mode's frames per
 * second on Chromium's fake camera (a clip made from an open photo with ffmpeg), the worker's decode +
 * NMS time over those frames (its JIT warm, as in use), and the memory of the page and of the
 * worker after 500 live frames against where they stood after the first 20 (both after a full GC),
 * and the page's again after 500 more (growth that stops there is warm-up, one that goes on a leak).
 * Prints JSON (and writes bench-results/detect.json). Needs a build; starts `next start` itself.
 * Env: BENCH_BLOCKS (5), BENCH_LIVE_FRAMES (500), BENCH_MODELS (ids).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import jpeg from "jpeg-js";
import type { BrowserContext, Page } from "playwright-core";
import { stretchToTensor } from "@/lib/detect/preprocess-task";
import { decodeSsd } from "@/lib/detect/ssd-decode";
import { TASK_MODELS, type TaskModel } from "@/lib/detect/task-models";
import { median } from "@/lib/inference/postprocess";
import { quantile } from "@/lib/stats/spread";
import { sessionOptions } from "@/lib/inference/session-options";
import { STEADY_RULE } from "@/lib/stats/steady-state";
import { launchChromium, NO_THROTTLING_FLAGS } from "./bench/chromium";
import { envList, envNumber, exitOnHelp, logger } from "./bench/cli";
import { startApp } from "./bench/harness";
import { EAGER_MEMORY_FLAG, measureMemory, pageHeapMB } from "./bench/memory";
import { round } from "./bench/numbers";
import { serveOrtBundles } from "./bench/ort-bundle-route";
import { ROOT } from "./bench/paths";
import { printReport, resultsFile, runBench } from "./bench/report";
import { fakeCameraArgs, makeFakeCameraClip } from "./fake-camera";
// @ts-expect-error plain JS module without types
import { ortBasePath } from "./ort-files.mjs";
import { workerHookScript } from "./bench/worker-hook";

exitOnHelp(`usage: npm run bench:detect   (needs a build: npm run build)

/detect's worker vs a bare onnxruntime-web page per detection/segmentation model on WASM
(interleaved blocks), decode + NMS time, live webcam frames per second and heap after 500 live
frames (Chromium's fake camera). JSON to stdout and bench-results/detect.json.
Env: BENCH_BLOCKS (5), BENCH_LIVE_FRAMES (500), BENCH_MODELS (ids).`);

const BLOCKS = envNumber("BENCH_BLOCKS", 5);
const LIVE_FRAMES = envNumber("BENCH_LIVE_FRAMES", 500);
const ONLY = envList("BENCH_MODELS");
const PHOTO = join(ROOT, "public/samples/open/chelsea-cat.jpg");
const log = logger("bench");

/** Records the detect worker's messages in the page (passive: the app still gets every message). */
const HOOK = workerHookScript({
  setup: `const rec = { results: [], timings: [], env: null };
  window.__benchDetect = rec;`,
  onMessage: `if (!m) return;
        if (m.type === "probe" && m.env) rec.env = m.env;
        if (m.type === "result") rec.results.push({ task: m.result.task, postprocessMs: m.result.postprocessMs, inferenceMs: m.result.inferenceMs, preprocessMs: m.result.preprocessMs });
        if (m.type === "timing") rec.timings.push(m.timing);`,
});

interface Rec {
  results: { task: string; postprocessMs: number; inferenceMs: number; preprocessMs: number }[];
  timings: { runsMs: number[]; state: string }[];
  env: { threads: number } | null;
}
type W = { __benchDetect: Rec; benchReady?: boolean } & Record<string, unknown>;

async function chooseModel(page: Page, model: TaskModel) {
  await page.getByRole("radio", { name: "WASM", exact: true }).check({ force: true });
  if (model.task === "detection")
    await page.getByRole("radio", { name: "Objects" }).check({ force: true });
  else {
    await page.getByRole("radio", { name: "Pixels" }).check({ force: true });
    await page
      .getByRole("radio", { name: new RegExp(`^${model.preprocessing.size} px`) })
      .check({ force: true });
  }
}

/** One app block: pick the photo, wait for the worker's timing message. */
async function appBlock(page: Page): Promise<{ runsMs: number[]; postprocessMs: number }> {
  const before = await page.evaluate(() => (window as unknown as W).__benchDetect.timings.length);
  await page.getByTestId("sample-chelsea-cat.jpg").click();
  await page.waitForFunction(
    (n) => (window as unknown as W).__benchDetect.timings.length > n,
    before,
    { timeout: 600_000, polling: 50 },
  );
  return page.evaluate(() => {
    const r = (window as unknown as W).__benchDetect;
    return { runsMs: r.timings.at(-1)!.runsMs, postprocessMs: r.results.at(-1)!.postprocessMs };
  });
}

async function benchModel(context: BrowserContext, base: string, model: TaskModel) {
  const app = await context.newPage();
  await app.goto(`${base}/detect`);
  await chooseModel(app, model);
  const runs = model.preprocessing.size > 300 ? 5 : 10;
  await appBlock(app); // cold: download, session, warm-up (discarded)
  const threads =
    (await app.evaluate(() => (window as unknown as W).__benchDetect.env))?.threads ?? 1;

  const img = jpeg.decode(readFileSync(PHOTO), { useTArray: true, formatAsRGBA: true });
  const tensor = stretchToTensor(img.data, img.width, img.height, model.preprocessing);
  const n = model.preprocessing.size;
  const bare = await context.newPage();
  await bare.goto(`${base}/bench/bare.html`);
  await bare.waitForFunction(() => (window as unknown as W).benchReady === true);
  await bare.evaluate(
    (a) => ((window as unknown as W).bareInit as (x: unknown) => Promise<unknown>)(a),
    {
      entry: "/bench/ort.wasm.bundle.min.mjs",
      wasmPaths: ortBasePath(),
      modelUrl: `/models/${model.file}`,
      options: sessionOptions("wasm"),
      threads,
      inputName: model.input.name,
      output: model.outputs.scores ?? model.outputs.logits,
      dims: [1, 3, n, n],
      tensorBase64: Buffer.from(tensor.buffer).toString("base64"),
    },
  );
  const bareRun = () =>
    bare.evaluate(
      ([k, rule]) =>
        (
          (window as unknown as W).bareRun as (
            k: number,
            r: unknown,
          ) => Promise<{ runsMs: number[] }>
        )(k, rule),
      [runs, STEADY_RULE] as const,
    );
  await bareRun(); // discarded, as the app's cold block
  const appRuns: number[] = [];
  const bareRuns: number[] = [];
  const post: number[] = [];
  const blockRatios: number[] = [];
  for (let b = 0; b < BLOCKS; b++) {
    const order = b % 2 === 0 ? ["app", "bare"] : ["bare", "app"];
    let a: number[] = [];
    let r: number[] = [];
    for (const side of order) {
      if (side === "app") {
        await app.bringToFront();
        const block = await appBlock(app);
        a = block.runsMs;
        post.push(block.postprocessMs);
      } else {
        await bare.bringToFront();
        r = (await bareRun()).runsMs;
      }
    }
    appRuns.push(...a);
    bareRuns.push(...r);
    blockRatios.push(median(a) / median(r));
  }
  await bare.evaluate(() => ((window as unknown as W).bareRelease as () => Promise<unknown>)());
  await bare.close();
  await app.close();
  return {
    model: model.id,
    backend: "wasm",
    threads,
    blocks: BLOCKS,
    runsPerBlock: runs,
    appMedianMs: round(median(appRuns), 2),
    bareMedianMs: round(median(bareRuns), 2),
    appMinMs: round(Math.min(...appRuns), 2),
    bareMinMs: round(Math.min(...bareRuns), 2),
    ratioOfMedians: round(median(appRuns) / median(bareRuns), 3),
    ratioOfMins: round(Math.min(...appRuns) / Math.min(...bareRuns), 3),
    medianBlockRatio: round(median(blockRatios), 3),
    postprocessMedianMs: round(median(post), 2),
    postprocessWhat:
      model.task === "detection"
        ? "decode 1917 boxes + best class + greedy NMS, in the worker, once per photo (JIT cold)"
        : "arg-max at model size + shares + bilinear logit upsampling to ≤ 640 px + colouring, in the worker",
  };
}

/** decodeSsd alone in Node on the real model's outputs (the pure function's own cost). */
async function decodeInNode(): Promise<{ medianMs: number; runs: number }> {
  const ort = await import("onnxruntime-web");
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = "error";
  const ssd = TASK_MODELS.find((m) => m.task === "detection")!;
  const session = await ort.InferenceSession.create(
    readFileSync(join(ROOT, "public/models", ssd.file)),
  );
  const img = jpeg.decode(readFileSync(PHOTO), { useTArray: true, formatAsRGBA: true });
  const x = stretchToTensor(img.data, img.width, img.height, ssd.preprocessing);
  const out = await session.run({
    [ssd.input.name]: new ort.Tensor("float32", x, [1, 3, 300, 300]),
  });
  const anchors = new Float32Array(
    (
      JSON.parse(readFileSync(join(ROOT, "public/models", ssd.anchors!), "utf8")) as {
        anchors: number[][];
      }
    ).anchors.flat(),
  );
  const boxes = out[ssd.outputs.boxes!]!.data as Float32Array;
  const scores = out[ssd.outputs.scores!]!.data as Float32Array;
  const ms: number[] = [];
  for (let i = 0; i < 220; i++) {
    const t0 = performance.now();
    decodeSsd(boxes, scores, anchors, ssd.postprocess!, 1);
    if (i >= 20) ms.push(performance.now() - t0);
  }
  await session.release();
  return { medianMs: round(median(ms), 3), runs: ms.length };
}

/** The worker's own post-processing times of the live frames so far (decode + NMS, JIT warm). */
function framePostprocessMs(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    (window as unknown as W).__benchDetect.results.map((r) => r.postprocessMs),
  );
}

async function live(base: string, clip: string) {
  const browser = await launchChromium([
    ...fakeCameraArgs(clip),
    ...NO_THROTTLING_FLAGS,
    EAGER_MEMORY_FLAG,
  ]);
  try {
    const context = await browser.newContext({ permissions: ["camera"] });
    await context.addInitScript({ content: HOOK });
    const page = await context.newPage();
    await page.goto(`${base}/detect`);
    await page.getByRole("radio", { name: "WASM", exact: true }).check({ force: true });
    await page.getByRole("button", { name: "Start live webcam" }).click();
    const stats = page.getByTestId("live-stats");
    const frames = async () => Number((await stats.getAttribute("data-frames")) ?? 0);
    const waitFrames = (k: number) =>
      page.waitForFunction(
        (k) =>
          Number(
            document.querySelector("[data-testid=live-stats]")?.getAttribute("data-frames") ?? 0,
          ) >= k,
        k,
        { timeout: 1_800_000, polling: 200 },
      );
    await waitFrames(20);
    await measureMemory(page); // its own one-off allocations in the page land before the baseline
    const heapStart = await pageHeapMB(page);
    const memoryStart = await measureMemory(page);
    const postBefore = (await framePostprocessMs(page)).length;
    const t0 = Date.now();
    const f0 = await frames();
    await waitFrames(f0 + LIVE_FRAMES);
    const f1 = await frames();
    const seconds = (Date.now() - t0) / 1000;
    const text = await stats.innerText();
    const post = (await framePostprocessMs(page)).slice(postBefore);
    const heapEnd = await pageHeapMB(page);
    const memoryEnd = await measureMemory(page);
    // A second stretch as long: growth that stops (JIT code, caches filling) is not a leak.
    const f2 = await frames();
    await waitFrames(f2 + LIVE_FRAMES);
    const heapAfterMore = await pageHeapMB(page);
    await page.getByRole("button", { name: "Stop live webcam" }).click();
    return {
      model: "ssd-mobilenet-v1-coco-300",
      backend: "wasm",
      frames: f1 - f0,
      seconds: round(seconds, 1),
      framesPerSecond: round((f1 - f0) / seconds, 2),
      lastStats: text,
      decodeNmsInWorker: {
        medianMs: round(median(post), 3),
        p90Ms: round(quantile(post, 0.9), 3),
        frames: post.length,
      },
      pageHeapMB: {
        afterWarmFrames: round(heapStart, 2),
        afterLiveFrames: round(heapEnd, 2),
        afterAsManyMore: round(heapAfterMore, 2),
      },
      heapGrowth: round(heapEnd / heapStart - 1, 3),
      heapGrowthOverTheNextStretch: round(heapAfterMore / heapEnd - 1, 3),
      workerMemoryMB: {
        afterWarmFrames: round(memoryStart.workersMB, 2),
        afterLiveFrames: round(memoryEnd.workersMB, 2),
      },
      workerMemoryGrowth: round(memoryEnd.workersMB / memoryStart.workersMB - 1, 3),
    };
  } finally {
    await browser.close();
  }
}

async function main() {
  const clip = makeFakeCameraClip(PHOTO, join(ROOT, "bench-results/detect-camera.y4m"));
  const server = await startApp("/detect");
  const browser = await launchChromium(NO_THROTTLING_FLAGS);
  const models: unknown[] = [];
  try {
    for (const model of TASK_MODELS.filter((m) => !ONLY || ONLY.includes(m.id))) {
      log(`${model.id} on wasm…`);
      const context = await browser.newContext();
      await context.addInitScript({ content: HOOK });
      await serveOrtBundles(context);
      try {
        models.push(await benchModel(context, server.base, model));
      } finally {
        await context.close();
      }
    }
    await browser.close();
    log("decode + NMS in Node…");
    const decode = await decodeInNode();
    log(`live mode, ${LIVE_FRAMES} frames…`);
    const liveMode = await live(server.base, clip);
    const out = {
      note: "WASM in headless Chromium on a shared 2-core machine: absolute times are noisy; app/bare ratios come from interleaved blocks in the same run.",
      models,
      decodeNmsNode: decode,
      live: liveMode,
    };
    printReport(out, resultsFile("detect"));
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
  }
}

runBench("bench", main);
