/**
 * The latency table for the lab's issue note: built MobileNets (random weights) at 224 px, α 1.0 and 0.5,
 * timed in Node on onnxruntime-node (native CPU) and onnxruntime-web (WASM, the browser's CPU backend).
 *   npx tsx scripts/lab-table.ts [--rounds N] [--threads T] [--models v1,v2,…] [--browser http://127.0.0.1:3204]
 * Runs are interleaved round-robin (one run of every model per round) so machine-load drift hits all
 * models alike; the median per model is reported. With --browser, a running `next start` is also driven
 * through Chromium (--enable-unsafe-webgpu) to add in-browser WASM and WebGPU columns from /lab's CSV.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import * as ortNode from "onnxruntime-node";
import * as ortWeb from "onnxruntime-web";
import { MODEL_TITLES, isModelId } from "../lib/arch/models";
import type { ModelId } from "../lib/arch/types";
import { formatCount } from "../lib/cost/format";
import { buildOnnxModel } from "../lib/onnx/build-onnx-model";
import { achievedGflops, median } from "../lib/lab/measurement";

const USAGE = `usage: npm run lab-table -- [--rounds N] [--threads T] [--models v1,v2,…] [--browser URL]

The lab's latency table: built MobileNets (random weights) at 224 px, α 1.0 and 0.5, on
onnxruntime-node and onnxruntime-web WASM in Node, interleaved round-robin, median per model.
--browser URL also drives a running \`next start\` at URL through Chromium for in-browser columns.`;
if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}

const DEFAULT_MODELS: readonly ModelId[] = [
  "v1",
  "v2",
  "v3-large",
  "v3-small",
  "v4-conv-s",
  "v4-conv-m",
  "v4-hybrid-m",
];
const ALPHAS = [1, 0.5] as const;
const RESOLUTION = 224;

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "15" },
    threads: { type: "string", default: "1" },
    models: { type: "string" },
    browser: { type: "string" },
  },
});
const rounds = Number(values.rounds);
const threads = Number(values.threads);
const models = values.models ? values.models.split(",").filter(isModelId) : DEFAULT_MODELS;

type Runner = () => Promise<number>;

interface Point {
  readonly model: ModelId;
  readonly alpha: number;
  readonly macs: number;
  readonly params: number;
  readonly times: Record<string, number[]>;
}

function input(): Float32Array {
  return new Float32Array(3 * RESOLUTION * RESOLUTION).map((_, i) => Math.sin(i * 0.001));
}

/** Times one `run` call per invocation: the same on onnxruntime-node and onnxruntime-web. */
function timedRuns(run: () => Promise<unknown>): Runner {
  return async () => {
    const t = performance.now();
    await run();
    return performance.now() - t;
  };
}

async function nodeRunner(bytes: Uint8Array): Promise<Runner> {
  const s = await ortNode.InferenceSession.create(bytes, {
    intraOpNumThreads: threads,
    graphOptimizationLevel: "all",
  });
  const feeds = { input: new ortNode.Tensor("float32", input(), [1, 3, RESOLUTION, RESOLUTION]) };
  return timedRuns(() => s.run(feeds));
}

async function webRunner(bytes: Uint8Array): Promise<Runner> {
  const s = await ortWeb.InferenceSession.create(bytes, {
    executionProviders: ["wasm"],
    graphOptimizationLevel: "all",
  });
  const feeds = { input: new ortWeb.Tensor("float32", input(), [1, 3, RESOLUTION, RESOLUTION]) };
  return timedRuns(() => s.run(feeds));
}

async function measureNode(): Promise<Point[]> {
  ortWeb.env.wasm.numThreads = threads;
  const points: Point[] = [];
  const runners: { point: Point; node: Runner; web: Runner }[] = [];
  for (const model of models) {
    for (const alpha of ALPHAS) {
      const built = buildOnnxModel(model, { alpha, resolution: RESOLUTION });
      const point: Point = {
        model,
        alpha,
        macs: built.macs,
        params: built.engineParams,
        times: { node: [], web: [] },
      };
      const node = await nodeRunner(built.bytes);
      const web = await webRunner(built.bytes);
      for (let i = 0; i < 2; i++) {
        await node();
        await web();
      }
      points.push(point);
      runners.push({ point, node, web });
    }
  }
  for (let r = 0; r < rounds; r++) {
    for (const { point, node, web } of runners) {
      point.times.node?.push(await node());
      point.times.web?.push(await web());
    }
  }
  return points;
}

/** Drives /lab in Chromium and reads its CSV: columns "browser-wasm" and "browser-webgpu". */
async function measureBrowser(base: string, points: Point[]): Promise<string> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--enable-unsafe-webgpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage({ acceptDownloads: true });
    const grid = `models=${models.join(",")}&alpha=0.5,1&res=${RESOLUTION}&backends=wasm,webgpu&runs=3`;
    await page.goto(`${base}/lab?${grid}`);
    await page.getByRole("checkbox", { name: /Time split/ }).uncheck();
    await page.getByRole("button", { name: /^Run \d+ points?$/ }).click();
    await page
      .getByTestId("lab-status")
      .getByText(/Done: \d+ points? measured\./)
      .waitFor({ timeout: 60 * 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download table as CSV" }).click(),
    ]);
    const csv = readFileSync(await download.path(), "utf8")
      .trim()
      .split("\n");
    const header = csv[0]?.split(",") ?? [];
    const col = (name: string) => header.indexOf(name);
    let device = "";
    for (const line of csv.slice(1)) {
      const cells =
        line
          .match(/("([^"]|"")*"|[^,]*)(,|$)/g)
          ?.map((c) => c.replace(/,$/, "").replace(/^"|"$/g, "")) ?? [];
      const point = points.find(
        (p) => p.model === cells[col("model")] && p.alpha === Number(cells[col("alpha")]),
      );
      const backend = cells[col("backend")];
      if (!point || !backend) continue;
      point.times[`browser-${backend}`] = [Number(cells[col("median_ms")])];
      if (backend === "webgpu") device = cells[col("device")] ?? "";
    }
    return device;
  } finally {
    await browser.close();
  }
}

function cell(times: readonly number[] | undefined, macs: number): string {
  if (!times?.length) return "–";
  const ms = median(times);
  return `${ms.toFixed(ms < 10 ? 2 : 1)} (${achievedGflops(macs, ms).toFixed(1)})`;
}

const points = await measureNode();
const columns = [
  ["node", `ORT-node CPU, ${threads} thr`],
  ["web", `ORT-web WASM in Node, ${threads} thr`],
];
if (values.browser) {
  const device = await measureBrowser(values.browser, points);
  columns.push(
    ["browser-wasm", "Chromium WASM"],
    ["browser-webgpu", `Chromium ${device || "WebGPU"}`],
  );
}
const head = [
  "Model",
  "α",
  "MACs",
  "Params",
  ...columns.map(([, title]) => `${title}: ms (GFLOP/s)`),
];
console.log(`| ${head.join(" | ")} |`);
console.log(`|${head.map(() => "---").join("|")}|`);
for (const p of points) {
  const row = [
    MODEL_TITLES[p.model],
    p.alpha.toFixed(1),
    formatCount(p.macs),
    formatCount(p.params),
  ];
  console.log(
    `| ${[...row, ...columns.map(([key]) => cell(p.times[key ?? ""], p.macs))].join(" | ")} |`,
  );
}
console.log(
  `\n${RESOLUTION} px, random weights, median of ${rounds} interleaved warm runs; GFLOP/s = 2 × MACs / median time.`,
);
