/**
 * `npm run bench:startup`: page open → first top-5 for a photo chosen at once, MobileNetV2 on WASM,
 * for three pages: the app (/classify, production build, the photo clicked the moment it can be),
 * a TF.js-wasm page with the same V2 weights (TF.js 4.22 running the converted graph) and a bare
 * onnxruntime-web page (the app's ORT build, .wasm and prepared model, nothing else: the runtime's
 * own floor). The two peers are scripts/peer/classify.html?side=tfjs|ort, handed the photo in the
 * URL, and decode and preprocess with the app's own code. Every visit is a fresh Chromium process;
 * a "cold" visit gets a new, empty profile, a "second" visit reopens the same profile (HTTP cache,
 * compiled-code cache, Cache API). The order of the sides rotates from round to round so machine
 * noise lands on all alike.
 *
 * Time = the page's own clock: from navigation start to the moment the top-5 is in the DOM (a
 * MutationObserver installed before any page script). Bytes = response bodies as transferred
 * (compressed) plus headers, for the page and its workers.
 *
 * Serving: the app by `next start` (gzip for compressible types, the runtime .wasm precompressed;
 * /ort, /models and /workers content-hashed and immutable). The peers by scripts/peer/server.mjs
 * the same way: gzip for text, JS, JSON and wasm (the ORT .wasm from its precompressed copy), the
 * TF.js weights as plain octet-stream (as `next start` would serve a TF.js model's .bin),
 * versioned files immutable, the HTML page revalidated.
 */
import { readFileSync, existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { BrowserContext, Page } from "playwright-core";
import { launchWithProfile, QUIET_FLAGS } from "./bench/chromium";
import { logger } from "./bench/cli";
import { startApp } from "./bench/harness";
import { median, round as roundTo } from "./bench/numbers";
import { ROOT } from "./bench/paths";
import { withFreshProfileDir } from "./bench/profile-dir";
import { printReport, runBench } from "./bench/report";
// @ts-expect-error plain JS module without types
import { onnxToTfjsPlan } from "./peer/onnx-to-tfjs.mjs";
// @ts-expect-error plain JS module without types
import { startServer } from "./peer/server.mjs";
// @ts-expect-error plain JS module without types
import { bundleForBrowser } from "./peer/app-worker-bundle.mjs";
// @ts-expect-error plain JS module without types
import { ortBasePath } from "./ort-files.mjs";
import { TINY_MODEL } from "@/lib/inference/runtime-start";
import { workerHookScript } from "./bench/worker-hook";

const USAGE = `usage: npm run bench:startup -- [--rounds N] [--sample FILE] [--out FILE]

Page open → first top-5 (MobileNetV2, WASM) for the app, a TF.js-wasm page with the same
weights and a bare onnxruntime-web page (the runtime's floor), cold (fresh profile) and second visit (same profile, new browser), with bytes
transferred. Needs a production build (npm run build; NEXT_DIST_DIR aware) and the models
(npm run setup:models). Prints JSON with ratios app / TF.js (and bare ORT / TF.js, app / bare ORT) per visit kind, to
bench-results/startup.json (or --out).

  --rounds N     visits per side and kind (default 3)
  --sample FILE  photo from public/samples/open or imagenet (default chelsea-cat.jpg)
  --out FILE     where to write the JSON
  --app-root DIR serve the app from another checkout's build (e.g. an older commit, for a
                 before/after comparison in the same conditions; default: this one)

Env: BENCH_SIDES  comma-separated subset of app,tfjs,ort (default all three)`;

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    sample: { type: "string", default: "chelsea-cat.jpg" },
    out: { type: "string", default: join(ROOT, "bench-results/startup.json") },
    "app-root": { type: "string", default: ROOT },
    help: { type: "boolean", short: "h" },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const V2 = "mobilenet-v2-1.0-224";
const log = logger("bench:startup");
const round = (x: number, d = 0) => roundTo(x, d);

const ALL_SIDES = ["app", "tfjs", "ort"] as const;
type Side = (typeof ALL_SIDES)[number];
const isSide = (s: string): s is Side => (ALL_SIDES as readonly string[]).includes(s);
/** BENCH_SIDES, checked: a typo should stop the bench, not silently drop a side. */
function sidesFromEnv(value: string | undefined): readonly Side[] {
  if (!value) return ALL_SIDES;
  return value.split(",").map((raw) => {
    const side = raw.trim();
    if (!isSide(side)) throw new Error(`BENCH_SIDES: unknown side "${side}" (app, tfjs or ort)`);
    return side;
  });
}
const SIDES = sidesFromEnv(process.env.BENCH_SIDES);
type Kind = "cold" | "second";
interface Visit {
  readonly ms: number;
  readonly bytes: number;
  readonly requests: number;
  readonly top1: number | null;
  readonly timeline: readonly { t: number; what: string }[];
  /** The app's startup waterfall as /classify shows it (null for the peers). */
  readonly waterfall: Waterfall | null;
}

interface WaterfallPhase {
  readonly id: string;
  readonly start: number;
  readonly ms: number;
  readonly addedMs: number;
}
interface Waterfall {
  readonly firstPredictionMs: number;
  readonly explainedMs: number;
  readonly phases: readonly WaterfallPhase[];
}

/** The startup waterfall the page drew with its first top-5: the same numbers a visitor sees. */
async function readWaterfall(page: Page): Promise<Waterfall | null> {
  const box = page.getByTestId("startup-waterfall");
  // An older build (--app-root) has none.
  if (
    !(await box.waitFor({ timeout: 5_000 }).then(
      () => true,
      () => false,
    ))
  )
    return null;
  const phases = await page.getByTestId("startup-phase").evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute("data-phase") ?? "",
      start: Number(el.getAttribute("data-start")),
      ms: Number(el.getAttribute("data-ms")),
      addedMs: Number(el.getAttribute("data-added-ms")),
    })),
  );
  return {
    firstPredictionMs: Number(await box.getAttribute("data-first-prediction-ms")),
    explainedMs: Number(await box.getAttribute("data-explained-ms")),
    phases,
  };
}

/**
 * Marks the moment the top-5 reaches the DOM, on the page's clock (ms since navigation start), and
 * keeps a timeline of what the page's workers say (message type and stage), for the app's breakdown.
 */
const MARK_TOP5 = workerHookScript({
  setup: "window.__timeline = [];",
  onCreate: 'window.__timeline.push({ t: Math.round(performance.now()), what: "worker created" });',
  onMessage: `const d = m || {};
        if (d.type === "progress") return;
        const what = [d.type, d.stage, d.session && d.session.modelId, d.result && d.result.timing]
          .filter(Boolean).join(" ");
        window.__timeline.push({ t: Math.round(performance.now()), what });`,
  onPost: `if (message && message.type) window.__timeline.push({ t: Math.round(performance.now()), what: "→ " + message.type + (message.model ? " " + message.model.id : "") });`,
  after: `const seen = () => document.querySelector('[data-testid="top1"], [data-testid="top5"]:not([hidden])');
  new MutationObserver((_, obs) => {
    if (window.__top5At === undefined && seen()) { window.__top5At = performance.now(); obs.disconnect(); }
  }).observe(document, { subtree: true, childList: true, attributes: true });`,
});

function samplePath(file: string): { path: string; url: string } {
  for (const set of ["open", "imagenet"]) {
    const path = join(ROOT, "public/samples", set, file);
    if (existsSync(path)) return { path, url: `/samples/${set}/${file}` };
  }
  throw new Error(`sample ${file} not found in public/samples/open or imagenet`);
}

/** The app's prepared (ORT-format, gzipped) V2, as setup wrote it. */
function preparedV2(): string {
  const index = JSON.parse(readFileSync(join(ROOT, "public/models/prepared.json"), "utf8"));
  const entry = index[V2] as { ok: boolean; url: string } | undefined;
  if (!entry?.ok)
    throw new Error(`no prepared ${V2} in public/models/prepared.json: run npm run setup:models`);
  return join(ROOT, "public", entry.url);
}

/** The TF.js page's server: TF.js from node_modules, the converted V2, the app's preprocessing. */
async function startPeer(sample: { path: string }) {
  const manifest = JSON.parse(readFileSync(join(ROOT, "lib/models/manifest.json"), "utf8"));
  const v2 = manifest.models.find((m: { id: string }) => m.id === V2);
  const onnx = join(ROOT, "public/models", v2.file);
  if (!existsSync(onnx)) throw new Error(`${onnx} is missing: run npm run setup:models`);
  const { plan, weights } = onnxToTfjsPlan(readFileSync(onnx));
  const preprocess: string = await bundleForBrowser(ROOT, "scripts/peer/app-preprocess-entry.ts", {
    format: "iife",
    minify: true,
  });
  const blobs = new Map<string, { body: Uint8Array | string; type: string; encoding?: string }>([
    ["/gen/v2-plan.json", { body: JSON.stringify(plan), type: "application/json" }],
    [
      "/gen/v2-weights.bin",
      { body: new Uint8Array(weights.buffer), type: "application/octet-stream" },
    ],
    [
      "/gen/preprocessing.json",
      { body: JSON.stringify(v2.preprocessing), type: "application/json" },
    ],
    ["/gen/app-preprocess.js", { body: preprocess, type: "text/javascript" }],
    ["/gen/photo.jpg", { body: readFileSync(sample.path), type: "image/jpeg" }],
    // The bare onnxruntime-web side: the app's prepared V2 and the one-node runtime-start graph.
    [
      "/gen/v2.ort.gz",
      { body: readFileSync(preparedV2()), type: "application/octet-stream", encoding: "gzip" },
    ],
    ["/gen/tiny.onnx", { body: TINY_MODEL, type: "application/octet-stream" }],
  ]);
  return startServer(
    {
      "/peer/": join(ROOT, "scripts/peer"),
      "/tfjs/core/": join(ROOT, "node_modules/@tensorflow/tfjs-core/dist"),
      "/tfjs/wasm/": join(ROOT, "node_modules/@tensorflow/tfjs-backend-wasm/dist"),
      "/ortjs/": join(ROOT, "node_modules/onnxruntime-web/dist"),
      "/ort/": join(ROOT, "public", ortBasePath()).replace(/\/$/, ""),
    },
    blobs,
    {
      gzip: true,
      precompressed: true,
      cacheControl: (path: string) =>
        path.endsWith(".html") ? "no-cache" : "public, max-age=31536000, immutable",
    },
  ) as Promise<{ origin: string; close: () => Promise<void> }>;
}

function open(dir: string): Promise<BrowserContext> {
  return launchWithProfile(dir, QUIET_FLAGS);
}

/** The app's answer must be the one compared: V2's, on WASM. */
async function expectWasmV2(page: Page): Promise<void> {
  const result = page.getByTestId("result").first();
  await result.waitFor({ timeout: 60_000 });
  const [model, backend] = await Promise.all([
    result.getAttribute("data-model"),
    result.getAttribute("data-backend"),
  ]);
  if (backend !== "wasm" || (model !== null && model !== V2))
    throw new Error(`app: expected ${V2} on WASM, got ${model ?? "?"} on ${backend ?? "?"}`);
}

async function visit(side: Side, dir: string, appBase: string, peerBase: string, sample: string) {
  const context = await open(dir);
  let bytes = 0;
  let requests = 0;
  const sizes: Promise<void>[] = [];
  context.on("requestfinished", (req) => {
    requests += 1;
    sizes.push(
      req.sizes().then((s) => {
        bytes += s.responseBodySize + s.responseHeadersSize;
      }),
    );
  });
  await context.addInitScript({ content: MARK_TOP5 });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (err) => log(`${side}: page error: ${err.message}`));
  page.on("console", (msg) => msg.type() === "error" && log(`${side}: console: ${msg.text()}`));
  context.on(
    "response",
    (res) => res.status() >= 400 && log(`${side}: HTTP ${res.status()} ${res.url()}`),
  );
  try {
    if (side === "app") {
      await page.goto(`${appBase}/classify`);
      // As a new user: the photo is picked the moment its button can be pressed, with the page's
      // defaults (V2; Auto, which is WASM in this headless Chromium: checked below). Like the TF.js
      // page, which is handed its photo in the URL, nothing else is clicked first.
      await page.getByTestId(`sample-${sample}`).click({ timeout: 120_000 });
    } else {
      await page.goto(`${peerBase}/peer/classify.html?side=${side}&photo=/gen/photo.jpg`);
    }
    await page.waitForFunction(
      () =>
        (window as unknown as { __top5At?: number }).__top5At !== undefined ||
        document.querySelector("[data-testid=error]") !== null,
      null,
      { timeout: 300_000, polling: 50 },
    );
    const error = page.getByTestId("error");
    if (await error.count()) throw new Error(`${side}: ${await error.first().innerText()}`);
    const ms = await page.evaluate(() => (window as unknown as { __top5At: number }).__top5At);
    if (side === "app") await expectWasmV2(page);
    const waterfall = side === "app" ? await readWaterfall(page) : null;
    const top1 = await page
      .locator("[data-testid=top1], [data-testid=top5] li")
      .first()
      .getAttribute("data-index");
    await page.waitForTimeout(300); // let in-flight size lookups finish
    const timeline = await page.evaluate(
      () => (window as unknown as { __timeline: Visit["timeline"] }).__timeline,
    );
    await Promise.all(sizes);
    return {
      ms,
      bytes,
      requests,
      top1: top1 === null ? null : Number(top1),
      timeline: timeline.filter((e) => e.t <= ms + 50),
      waterfall,
    } satisfies Visit;
  } finally {
    await context.close();
  }
}

/** Per phase of the app's waterfall: median duration and median ms it added to the wait. */
function phaseMedians(visits: readonly Visit[]) {
  const out: Record<string, { medianMs: number; medianAddedMs: number; visits: number }> = {};
  const ids = new Set(visits.flatMap((v) => v.waterfall?.phases.map((p) => p.id) ?? []));
  for (const id of ids) {
    const ps = visits.flatMap((v) => v.waterfall?.phases.filter((p) => p.id === id) ?? []);
    out[id] = {
      medianMs: round(median(ps.map((p) => p.ms))),
      medianAddedMs: round(median(ps.map((p) => p.addedMs))),
      visits: ps.length,
    };
  }
  return out;
}

function summary(visits: readonly Visit[]) {
  const withWaterfall = visits.filter((v) => v.waterfall);
  return {
    medianMs: round(median(visits.map((v) => v.ms))),
    minMs: round(Math.min(...visits.map((v) => v.ms))),
    runsMs: visits.map((v) => round(v.ms)),
    medianBytes: round(median(visits.map((v) => v.bytes))),
    medianMB: round(median(visits.map((v) => v.bytes)) / 1e6, 2),
    requests: median(visits.map((v) => v.requests)),
    top1: [...new Set(visits.map((v) => v.top1))],
    // What the page's workers said up to the top-5, in the median visit (ms since navigation start).
    timelineOfMedianVisit: [...visits].sort((a, b) => a.ms - b.ms)[visits.length >> 1]?.timeline,
    // The app only: its own startup waterfall (what /classify shows), per phase, and how much of
    // the page's first-prediction time its phases explain.
    ...(withWaterfall.length
      ? {
          waterfall: {
            phases: phaseMedians(withWaterfall),
            explainedShare: round(
              median(
                withWaterfall.map((v) => v.waterfall!.explainedMs / v.waterfall!.firstPredictionMs),
              ),
              3,
            ),
            shownVsMeasured: round(
              median(withWaterfall.map((v) => v.waterfall!.firstPredictionMs / v.ms)),
              3,
            ),
          },
        }
      : {}),
  };
}

async function main() {
  const rounds = Math.max(1, Number(args.rounds) || 3);
  const sample = samplePath(args.sample);
  const app = await startApp("/classify", resolve(args["app-root"]));
  const peer = await startPeer(sample);
  const load0 = loadavg();
  const visits: Record<Side, Record<Kind, Visit[]>> = {
    app: { cold: [], second: [] },
    tfjs: { cold: [], second: [] },
    ort: { cold: [], second: [] },
  };
  try {
    for (let r = 0; r < rounds; r++) {
      // Rotated from round to round, so that no side always goes first.
      const order = SIDES.map((_, i) => SIDES[(i + r) % SIDES.length] as Side);
      for (const side of order) {
        await withFreshProfileDir(`bench-startup-${side}-`, async (dir) => {
          for (const kind of ["cold", "second"] as const) {
            const v = await visit(side, dir, app.base, peer.origin, args.sample);
            visits[side][kind].push(v);
            log(
              `round ${r + 1} ${side} ${kind}: ${round(v.ms)} ms, ${(v.bytes / 1e6).toFixed(2)} MB`,
            );
          }
        });
      }
    }
  } finally {
    app.stop();
    await peer.close();
  }
  const s = {
    app: { cold: summary(visits.app.cold), second: summary(visits.app.second) },
    tfjs: { cold: summary(visits.tfjs.cold), second: summary(visits.tfjs.second) },
    ort: { cold: summary(visits.ort.cold), second: summary(visits.ort.second) },
  };
  const ratioOf = (a: Side, b: Side, kind: Kind, key: "medianMs" | "medianBytes") =>
    round(s[a][kind][key] / s[b][kind][key], 3);
  const ratio = (kind: Kind, key: "medianMs" | "medianBytes") => ratioOf("app", "tfjs", kind, key);
  const result = {
    what: "navigation start → top-5 in the DOM, MobileNetV2 1.0-224 on WASM, photo chosen at once",
    sample: args.sample,
    appRoot: resolve(args["app-root"]),
    rounds,
    machine: {
      cpus: cpus().length,
      loadAvg1mAtStart: round(load0[0] ?? NaN, 2),
      loadAvg1mAtEnd: round(loadavg()[0] ?? NaN, 2),
      note: "shared machine: compare the same-run ratios, not absolute times across runs",
    },
    ...s,
    ratios: {
      coldTime: ratio("cold", "medianMs"),
      secondVisitTime: ratio("second", "medianMs"),
      coldBytes: ratio("cold", "medianBytes"),
      secondVisitBytes: ratio("second", "medianBytes"),
    },
    // The floor: the bare onnxruntime-web page against TF.js (what the runtime costs), and the app
    // against that page (what the app adds to it).
    bareOrt: {
      coldTimeOrtOverTfjs: ratioOf("ort", "tfjs", "cold", "medianMs"),
      secondVisitTimeOrtOverTfjs: ratioOf("ort", "tfjs", "second", "medianMs"),
      coldTimeAppOverOrt: ratioOf("app", "ort", "cold", "medianMs"),
      secondVisitTimeAppOverOrt: ratioOf("app", "ort", "second", "medianMs"),
    },
    targets: {
      coldTimeRatioAtMost: 1.0,
      coldTimeRatioMet: ratio("cold", "medianMs") <= 1.0,
      appSecondVisitMsAtMost: 500,
      appSecondVisitMet: s.app.second.medianMs <= 500,
      appColdMBAtMost: 16,
      appColdBytesMet: s.app.cold.medianBytes <= 16e6,
    },
  };
  printReport(result, args.out);
}

runBench("bench:startup", main);
