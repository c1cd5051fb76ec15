/**
 * `npm run bench:inference`: in one Chromium run, times the app (/classify, worker path) and a bare
 * page that calls onnxruntime-web directly (public/bench/bare.html) with the same model, backend,
 * session options and input, and prints JSON per model and backend. Needs an existing build
 * (NEXT_DIST_DIR aware); starts `next start` itself on a free port.
 *
 * WebGPU in headless Chromium here is SwiftShader (a CPU), so its numbers only prove the path works.
 * Env: BENCH_RUNS_WASM (default 20), BENCH_RUNS_WEBGPU (default 3), BENCH_BACKENDS (default "wasm,webgpu").
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import jpeg from "jpeg-js";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { isModelId } from "@/lib/arch/models";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { MODELS } from "@/lib/inference/model-catalog";
import { gflopsPerSecond } from "@/lib/inference/postprocess";
import { preprocessRgba } from "@/lib/inference/preprocess";
import type { Backend } from "@/lib/inference/protocol";
import { sessionOptions } from "@/lib/inference/session-options";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = process.env.NEXT_DIST_DIR ?? ".next";
const RUNS: Record<Backend, number> = {
  wasm: Number(process.env.BENCH_RUNS_WASM ?? 20),
  webgpu: Number(process.env.BENCH_RUNS_WEBGPU ?? 3),
};
const BACKENDS = (process.env.BENCH_BACKENDS ?? "wasm,webgpu").split(",") as Backend[];
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

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

/** The sample photo and its tensor, preprocessed in Node exactly as the worker does. */
function inputFor(model: (typeof MODELS)[number], photo: string): string {
  const img = jpeg.decode(readFileSync(photo), { useTArray: true, formatAsRGBA: true });
  const { tensor } = preprocessRgba(img.data, img.width, img.height, model.preprocessing);
  return Buffer.from(tensor.buffer, tensor.byteOffset, tensor.byteLength).toString("base64");
}

async function appRun(
  page: Page,
  base: string,
  modelId: string,
  backend: Backend,
  runs: number,
  sample: string,
) {
  const t0 = Date.now();
  await page.goto(`${base}/classify`);
  await page.getByTestId("runtime-status").waitFor({ timeout: 120_000 });
  await page
    .getByRole("radio", { name: backend === "wasm" ? "WASM" : "WebGPU", exact: true })
    .check({ force: true });
  await page.locator(`input[name=model][value="${modelId}"]`).check();
  await page.getByTestId("timed-runs").fill(String(runs));
  await page.getByTestId(`sample-${sample}`).click();
  const result = page.locator(
    `[data-testid=result][data-image="${sample}"][data-model="${modelId}"][data-backend="${backend}"]`,
  );
  const error = page.getByTestId("error");
  await result.or(error).first().waitFor({ timeout: 600_000 });
  if (await error.isVisible()) throw new Error(`app: ${await error.innerText()}`);
  const attr = async (n: string) => Number(await result.getAttribute(n));
  return {
    toPredictionMs: Date.now() - t0,
    medianMs: await attr("data-median-ms"),
    firstMs: await attr("data-first-ms"),
    fromCache: (await result.getAttribute("data-from-cache")) === "true",
    top1: Number(await result.locator("li[data-index]").first().getAttribute("data-index")),
    threads: await page.getByTestId("threads").innerText(),
  };
}

async function bareRun(
  context: BrowserContext,
  base: string,
  model: (typeof MODELS)[number],
  backend: Backend,
  runs: number,
  tensorBase64: string,
) {
  const page = await context.newPage();
  await page.goto(`${base}/bench/bare.html`);
  await page.waitForFunction(
    () => (window as unknown as { benchReady?: boolean }).benchReady === true,
    null,
    { timeout: 60_000 },
  );
  const args = {
    modelUrl: `/models/${model.file}`,
    backend,
    runs,
    tensorBase64,
    inputName: model.input.name,
    options: sessionOptions(backend),
  };
  const out = await page.evaluate(
    (a) =>
      (
        window as unknown as {
          runBench: (
            x: typeof a,
          ) => Promise<{ firstMs: number; medianMs: number; top1: number; threads: number }>;
        }
      ).runBench(a),
    args,
  );
  await page.close();
  return out;
}

async function main() {
  if (!existsSync(join(ROOT, DIST, "BUILD_ID")))
    throw new Error(`no build in ${DIST}: run next build first (NEXT_DIST_DIR=${DIST})`);
  const installed: string[] = JSON.parse(
    readFileSync(join(ROOT, "public/models/installed.json"), "utf8"),
  ).installed;
  const imagenet = join(ROOT, "public/samples/imagenet/zebra.jpg");
  const sample = existsSync(imagenet) ? "zebra.jpg" : "chelsea-cat.jpg";
  const photo = existsSync(imagenet) ? imagenet : join(ROOT, "public/samples/open/chelsea-cat.jpg");
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
    ],
  });
  const results: Record<string, unknown>[] = [];
  try {
    await waitForServer(`${base}/classify`, 60_000);
    const ortJs = readFileSync(join(ROOT, "node_modules/onnxruntime-web/dist/ort.webgpu.min.mjs"));
    for (const model of MODELS.filter((m) => installed.includes(m.id))) {
      const macs = isModelId(model.engine.model)
        ? resolveNetwork(model.engine.model, model.engine).totals.macs
        : NaN;
      const tensor = inputFor(model, photo);
      for (const backend of BACKENDS) {
        log(`${model.id} on ${backend}…`);
        const context = await browser.newContext();
        await context.route("**/bench/ort.webgpu.min.mjs", (r) =>
          r.fulfill({ body: ortJs, contentType: "text/javascript" }),
        );
        const page = await context.newPage();
        const app = await appRun(page, base, model.id, backend, RUNS[backend], sample);
        const cached = await appRun(page, base, model.id, backend, 1, sample); // second visit, same profile: Cache API hit
        const bare = await bareRun(context, base, model, backend, RUNS[backend], tensor);
        await context.close();
        results.push({
          model: model.id,
          backend,
          adapter:
            backend === "webgpu"
              ? "SwiftShader (software WebGPU on the CPU): times prove the path works, not GPU speed"
              : undefined,
          runs: RUNS[backend],
          threads: app.threads,
          appMedianMs: round(app.medianMs),
          bareMedianMs: round(bare.medianMs),
          ratio: round(app.medianMs / bare.medianMs, 3),
          ratioGoal: 1.1,
          appFirstInferenceMs: round(app.firstMs),
          bareFirstInferenceMs: round(bare.firstMs),
          cachedSecondVisitToPredictionMs: cached.toPredictionMs,
          secondVisitFromCache: cached.fromCache,
          macs,
          appGflops: round(gflopsPerSecond(macs, app.medianMs), 2),
          bareGflops: round(gflopsPerSecond(macs, bare.medianMs), 2),
          top1: { app: app.top1, bare: bare.top1 },
        });
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
  mkdirSync(join(ROOT, "bench-results"), { recursive: true });
  writeFileSync(
    join(ROOT, "bench-results/inference.json"),
    JSON.stringify(results, null, 2) + "\n",
  );
  process.stdout.write(JSON.stringify(results, null, 2) + "\n");
}

function round(x: number, digits = 1): number {
  return Number(x.toFixed(digits));
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
