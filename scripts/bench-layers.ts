/**
 * `npm run bench:layers`: "Time every layer" on /inside for V1, V2 and V3-Small on WASM, each timed
 * twice in one Chromium, printed as JSON. Needs a build (NEXT_DIST_DIR aware); starts `next start`.
 *
 * Per model: the sum of the per-layer kernel medians ÷ the unprofiled median that the same job
 * measured first (target within 15 %), the largest change of any row's share of time between the
 * two halves of one job's profiled runs and between the two jobs (target ≤ 2 points), the two
 * roofline ceilings, the wall time of the whole job (target ≤ 5 s), and the three layers that spend
 * the most time per multiply-add. The machine may be shared: read ratios, not absolute times.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import type { Page } from "playwright-core";
import { exitOnHelp, logger } from "./bench/cli";
import { withAppAndChromium } from "./bench/harness";
import { round as roundTo } from "./bench/numbers";
import { printReport, runBench } from "./bench/report";

exitOnHelp(`usage: npm run bench:layers   (needs a build: npm run build)

Times every layer of V1, V2 and V3-Small on WASM twice each on /inside; prints JSON.
Env: NEXT_DIST_DIR (.next), BENCH_MODELS (comma-separated model ids).`);
const MODELS = (
  process.env.BENCH_MODELS ??
  "mobilenet-v1-0.75-224,mobilenet-v2-1.0-224,mobilenet-v3-small-1.0-224"
).split(",");
const log = logger("bench:layers");
const round = (x: number, d = 3) => roundTo(x, d);

interface Row {
  readonly layer: string;
  readonly kind: string;
  readonly ms: number;
  readonly share: number;
  readonly macs: number;
  readonly intensity: number;
}

interface Job {
  readonly totalMs: number;
  readonly kernelSumMs: number;
  readonly betweenKernelsMs: number;
  readonly kernelsPerRun: string;
  readonly unprofiledMs: number;
  readonly profiledRunMs: number;
  readonly shareDiff: number;
  readonly peakGmacs: number;
  readonly bandwidthGBs: number;
  readonly jobMs: number;
  readonly rows: readonly Row[];
  readonly remainderShare: number;
}

function parseCsv(text: string): { rows: Row[]; remainderShare: number } {
  const lines = text.trim().split("\n").slice(1);
  const rows: Row[] = [];
  let remainderShare = NaN;
  for (const line of lines) {
    const f = line.split(",");
    if (f[1] === "remainder") remainderShare = Number(f[5]);
    else
      rows.push({
        layer: f[1] ?? "",
        kind: f[3] ?? "",
        ms: Number(f[4]),
        share: Number(f[5]),
        macs: Number(f[6]),
        intensity: Number(f[8]),
      });
  }
  return { rows, remainderShare };
}

async function timeOnce(page: Page, base: string, model: string): Promise<Job> {
  await page.goto(`${base}/inside?model=${model}`);
  await page.getByRole("radio", { name: "WASM", exact: true }).check({ force: true });
  const section = page.getByRole("region", { name: "Where the milliseconds go" });
  await section.getByRole("button", { name: "Time every layer" }).click();
  const report = section.getByTestId("layer-timing-report");
  await report.waitFor({ timeout: 300_000 });
  const num = async (attr: string) => Number(await report.getAttribute(attr));
  const download = page.waitForEvent("download");
  await section.getByRole("button", { name: "Download layer times (CSV)" }).click();
  const csv = parseCsv(readFileSync(await (await download).path(), "utf8"));
  return {
    totalMs: await num("data-total-ms"),
    kernelSumMs: await num("data-kernel-sum-ms"),
    betweenKernelsMs: await num("data-between-kernels-ms"),
    kernelsPerRun: (await report.getAttribute("data-kernels-per-run")) ?? "",
    unprofiledMs: await num("data-unprofiled-ms"),
    profiledRunMs: await num("data-profiled-run-ms"),
    shareDiff: await num("data-share-diff"),
    peakGmacs: await num("data-peak-gmacs"),
    bandwidthGBs: await num("data-bandwidth-gbs"),
    jobMs: await num("data-job-ms"),
    ...csv,
  };
}

function betweenJobs(a: Job, b: Job): number {
  const diffs = a.rows.map((r, i) => Math.abs(r.share - (b.rows[i]?.share ?? 0)) * 100);
  diffs.push(Math.abs(a.remainderShare - b.remainderShare) * 100);
  return Math.max(...diffs);
}

async function main() {
  const chromiumArgs = ["--no-first-run", "--disable-background-timer-throttling"];
  await withAppAndChromium({ chromiumArgs }, async ({ base, browser }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (e) => log(`page error: ${e.message}`));
    const models: Record<string, unknown> = {};
    for (const model of MODELS) {
      log(`${model}: two jobs`);
      const a = await timeOnce(page, base, model);
      const b = await timeOnce(page, base, model);
      /** One number per job, the two jobs side by side. */
      const perJob = (of: (job: Job) => number, digits = 3) =>
        [a, b].map((j) => round(of(j), digits));
      const slowest = [...a.rows]
        .sort((x, y) => y.ms / y.macs - x.ms / x.macs)
        .slice(0, 3)
        .map((r) => ({
          layer: r.layer,
          kind: r.kind,
          psPerMac: round((r.ms * 1e9) / r.macs, 1),
          intensity: round(r.intensity, 2),
        }));
      models[model] = {
        layers: a.rows.length,
        sumOverUnprofiled: perJob((j) => j.kernelSumMs / j.unprofiledMs),
        withinTarget15pct: [a, b].every(
          (j) => Math.abs(j.kernelSumMs / j.unprofiledMs - 1) <= 0.15,
        ),
        allRowsOverUnprofiled: perJob((j) => j.totalMs / j.unprofiledMs),
        betweenKernelsMs: perJob((j) => j.betweenKernelsMs, 2),
        kernelsPerRun: [a.kernelsPerRun, b.kernelsPerRun],
        profiledRunOverUnprofiled: perJob((j) => j.profiledRunMs / j.unprofiledMs),
        unprofiledMedianMs: perJob((j) => j.unprofiledMs, 2),
        largestShareDiffPoints: {
          halvesOfOneJob: perJob((j) => j.shareDiff, 2),
          betweenTwoJobs: round(betweenJobs(a, b), 2),
          target: 2,
        },
        ceilings: [a, b].map((j) => ({
          peakGmacs: round(j.peakGmacs, 2),
          bandwidthGBs: round(j.bandwidthGBs, 2),
          ridgeMacsPerByte: round(j.peakGmacs / j.bandwidthGBs, 2),
        })),
        jobSeconds: perJob((j) => j.jobMs / 1000, 2),
        withinTarget5s: [a, b].every((j) => j.jobMs <= 5000),
        remainderShare: round(a.remainderShare, 4),
        slowestPerMac: slowest,
      };
    }
    printReport({
      bench: "layers",
      backend: "wasm",
      note: "ratios against the unprofiled median measured first in the same worker; the machine may be shared (loadavg)",
      loadavg: loadavg().map((x) => round(x, 2)),
      models,
    });
  });
}

runBench("bench:layers", main);
