/**
 * `npm run bench:teach`: the /teach feature's costs, printed as JSON. The machine may be shared:
 * read ratios, not absolute times.
 *
 * - Embedding vs classification (Node, onnxruntime-web's WASM backend, the same runtime the
 *   browser runs): each installed model's plain session against the same graph with its pooled
 *   feature tensor exposed as an extra output, runs interleaved on one photo; ratio of medians.
 *   Target ≤ 1.1×.
 * - Training: 200 photos (embeddings of the model's real width, 4 noisy classes) × 50 epochs with
 *   the page's exact code (lib/teach/train-ort.ts on onnxruntime-web's WASM build, 1 thread as in
 *   the training worker), ms. Target ≤ 1 s. Runs interleaved with the plain-JS reference
 *   (lib/teach/train.ts) on the same data, whose ratio survives a loaded machine.
 * - Browser (needs a build; starts `next start` itself): /teach with Chromium's fake camera (a .y4m
 *   ffmpeg makes from a sample photo): bytes kept per photo (JPEG thumbnail + embeddings, the page
 *   counts its Blobs and typed arrays), target ≤ 50 kB; then 500 live webcam predictions in a row,
 *   the page's JS heap after a full GC (exact, over CDP) before (after 20 frames) and after, target
 *   within 10 %; and the workers' memory (measureUserAgentSpecificMemory) at the same two points.
 * Env: BENCH_RUNS (20 per side), BENCH_FRAMES (500), BENCH_BROWSER=0 / BENCH_NODE=0 to skip a part.
 */
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import jpeg from "jpeg-js";
import * as ort from "onnxruntime-web";
import { MODELS } from "@/lib/inference/model-catalog";
import { preprocessRgba } from "@/lib/inference/preprocess";
import { withExtraOutputs } from "@/lib/inside/expose-outputs";
import { mulberry32 } from "@/lib/onnx/seeded-random";
import { decodeModel, encodeModel } from "@/lib/onnx/onnx-proto";
import { findFeatureTensor } from "@/lib/teach/feature-tensor";
import { l2Normalize } from "@/lib/teach/knn";
import { trainToEnd } from "@/lib/teach/train";
import { trainOrtToEnd, TRAINING_THREADS } from "@/lib/teach/train-ort";
import { launchChromium, NO_THROTTLING_FLAGS } from "./bench/chromium";
import { EAGER_MEMORY_FLAG, measureMemory, pageHeapMB } from "./bench/memory";
import { envNumber, exitOnHelp, logger } from "./bench/cli";
import { startApp } from "./bench/harness";
import { median } from "./bench/numbers";
import { ROOT } from "./bench/paths";
import { fakeCameraArgs, makeFakeCameraClip } from "./fake-camera";

exitOnHelp(`usage: npm run bench:teach   (the browser part needs a build: npm run build)

Embedding vs plain classification per installed model, training 200 photos × 50 epochs, bytes kept
per photo and the heap over 500 live webcam predictions on /teach; prints JSON.
Env: BENCH_RUNS (20), BENCH_FRAMES (500), BENCH_BROWSER (1), NEXT_DIST_DIR (.next).`);

const RUNS = envNumber("BENCH_RUNS", 20);
const FRAMES = envNumber("BENCH_FRAMES", 500);
const log = logger("bench:teach");
const PHOTO = join(ROOT, "public/samples/open/chelsea-cat.jpg");

async function embeddingVsPlain() {
  ort.env.wasm.numThreads = 1;
  const img = jpeg.decode(readFileSync(PHOTO), { useTArray: true, formatAsRGBA: true });
  const out = [];
  for (const m of MODELS) {
    const file = join(ROOT, "public/models", m.file);
    if (m.sources.browserOnly || !existsSync(file)) continue;
    log(`${m.id}: plain vs exposed`);
    const model = decodeModel(readFileSync(file));
    const feature = findFeatureTensor(model);
    const plain = await ort.InferenceSession.create(encodeModel(model));
    const exposed = await ort.InferenceSession.create(
      encodeModel(withExtraOutputs(model, [feature.name])),
    );
    const size = m.preprocessing.center_crop;
    const { tensor } = preprocessRgba(
      new Uint8ClampedArray(img.data.buffer),
      img.width,
      img.height,
      m.preprocessing,
    );
    const feeds = { [m.input.name]: new ort.Tensor("float32", tensor, [1, 3, size, size]) };
    const time = async (s: ort.InferenceSession) => {
      const t = performance.now();
      await s.run(feeds);
      return performance.now() - t;
    };
    for (let i = 0; i < 3; i++) {
      await time(plain);
      await time(exposed);
    }
    const p: number[] = [];
    const e: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      p.push(await time(plain));
      e.push(await time(exposed));
    }
    out.push({
      model: m.id,
      feature: feature.name,
      width: feature.width,
      plainMedianMs: +median(p).toFixed(2),
      embedMedianMs: +median(e).toFixed(2),
      ratio: +(median(e) / median(p)).toFixed(3),
      runs: RUNS,
    });
    await plain.release();
    await exposed.release();
  }
  return { target: "≤ 1.1", perModel: out, worstRatio: Math.max(...out.map((o) => o.ratio)) };
}

async function training() {
  // ORT reads its thread count once, at its first session: the embedding part's 1 must be the worker's.
  ort.env.wasm.numThreads ??= TRAINING_THREADS;
  if (ort.env.wasm.numThreads !== TRAINING_THREADS)
    throw new Error(
      `Training runs ${TRAINING_THREADS} thread(s) in the worker, not ${ort.env.wasm.numThreads}.`,
    );
  const rand = mulberry32(7);
  const width = 1280;
  const centres = Array.from({ length: 4 }, () =>
    Float32Array.from({ length: width }, () => rand()),
  );
  const inputs: Float32Array[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 200; i++) {
    const c = i % 4;
    inputs.push(l2Normalize(centres[c]!.map((v) => v + rand() * 0.5)));
    labels.push(c);
  }
  const data = { inputs, labels, classes: 4 };
  const ms: number[] = [];
  const jsMs: number[] = [];
  for (let k = 0; k < 3; k++) {
    let t = performance.now();
    await trainOrtToEnd(ort, data, { epochs: 50 });
    ms.push(performance.now() - t);
    t = performance.now();
    trainToEnd(data, { epochs: 50 });
    jsMs.push(performance.now() - t);
  }
  return {
    photos: 200,
    epochs: 50,
    width,
    threads: ort.env.wasm.numThreads,
    msRuns: ms.map((x) => +x.toFixed(0)),
    medianMs: +median(ms).toFixed(0),
    jsReferenceMsRuns: jsMs.map((x) => +x.toFixed(0)),
    ratioToJs: +(median(ms) / median(jsMs)).toFixed(3),
    target: "≤ 1000 ms",
  };
}

async function browser() {
  const camera = makeFakeCameraClip(PHOTO, join(ROOT, "test-results", "bench-teach", "camera.y4m"));
  const server = await startApp("/teach");
  const b = await launchChromium([
    "--no-first-run",
    ...NO_THROTTLING_FLAGS,
    ...fakeCameraArgs(camera),
    EAGER_MEMORY_FLAG,
  ]);
  try {
    const context = await b.newContext({ permissions: ["camera"] });
    const page = await context.newPage();
    await page.goto(`${server.base}/teach`);
    await page
      .getByTestId("feature-info")
      .filter({ hasText: "values" })
      .waitFor({ timeout: 120_000 });
    // Two classes from the sample photos.
    const samples = ["a tabby cat", "a cup of espresso", "a rocket launch", "a portrait"];
    for (const [i, s] of samples.entries()) {
      const cls = i % 2;
      await page
        .locator("details")
        .nth(cls)
        .evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await page
        .getByRole("button", { name: new RegExp(`Add the sample “${s}” to Class ${cls + 1}`) })
        .click();
    }
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="photo-count"]')[1]?.textContent === "2 photos",
      null,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(1000); // the project's save
    const bytesPerPhoto = Number(
      await page.locator("[data-bytes-per-photo]").getAttribute("data-bytes-per-photo"),
    );
    await page.getByRole("button", { name: "Use the webcam" }).click();
    await page.waitForFunction(() => (document.querySelector("video")?.videoWidth ?? 0) > 0);
    await page.getByLabel(/Predict live from the webcam/).check();
    const frames = () => page.getByTestId("live-stats").getAttribute("data-frames").then(Number);
    await page.getByTestId("live-stats").waitFor();
    while ((await frames()) < 20) await page.waitForTimeout(200);
    await measureMemory(page); // its own one-off allocations in the page land before the baseline
    const start = await pageHeapMB(page);
    const workersStart = (await measureMemory(page)).workersMB;
    const t0 = Date.now();
    const f0 = await frames();
    while ((await frames()) < f0 + FRAMES) await page.waitForTimeout(500);
    const seconds = (Date.now() - t0) / 1000;
    const end = await pageHeapMB(page);
    const workersEnd = (await measureMemory(page)).workersMB;
    const stats = await page.getByTestId("live-stats").textContent();
    return {
      bytesPerPhoto,
      bytesTarget: "≤ 50000",
      frames: FRAMES,
      framesPerSecond: +(FRAMES / seconds).toFixed(1),
      lastStats: stats,
      heapStartMB: +start.toFixed(2),
      heapEndMB: +end.toFixed(2),
      heapRatio: +(end / start).toFixed(3),
      heapTarget: "within 10 % (0.9–1.1)",
      workersMemoryStartMB: +workersStart.toFixed(2),
      workersMemoryEndMB: +workersEnd.toFixed(2),
      workersMemoryRatio: +(workersEnd / workersStart).toFixed(3),
    };
  } finally {
    await b.close();
    server.stop();
  }
}

const result = {
  machine: { cpus: cpus().length, loadavg: loadavg().map((x) => +x.toFixed(2)) },
  note: "A shared 2-core machine: read the ratios, not absolute times.",
  embedding: process.env.BENCH_NODE === "0" ? null : await embeddingVsPlain(),
  training: process.env.BENCH_NODE === "0" ? null : await training(),
  browser: process.env.BENCH_BROWSER === "0" ? null : await browser(),
};
console.log(JSON.stringify(result, null, 2));
