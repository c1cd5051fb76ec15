/**
 * Times resolveNetwork for every model × α × resolution and prints the median µs per call as JSON.
 *   npx tsx scripts/bench-costs.ts   (planned npm script: bench:costs)
 * Each cell: WARMUP untimed calls, then SAMPLES timed batches of BATCH calls; median of the batch means.
 */
import { performance } from "node:perf_hooks";
import { MODEL_IDS } from "../lib/arch/models";
import { resolveNetwork } from "../lib/cost/resolve-network";
import { exitOnHelp } from "./bench/cli";
import { median, round } from "./bench/numbers";
import { printReport } from "./bench/report";

const USAGE = `usage: npm run bench:costs

Times the cost engine (resolveNetwork) for every model × α (0.35, 0.75, 1, 1.4) × resolution
(128, 224, 384) and prints the median µs per call as JSON. No options.`;
exitOnHelp(USAGE);

const ALPHAS = [0.35, 0.75, 1, 1.4] as const;
const RESOLUTIONS = [128, 224, 384] as const;
const WARMUP = 50;
const SAMPLES = 15;
const BATCH = 20;

/** Median microseconds per resolveNetwork call for one configuration. */
function timeCell(model: (typeof MODEL_IDS)[number], alpha: number, resolution: number): number {
  let sink = 0;
  for (let i = 0; i < WARMUP; i++) sink += resolveNetwork(model, { alpha, resolution }).totals.macs;
  const samples: number[] = [];
  for (let s = 0; s < SAMPLES; s++) {
    const start = performance.now();
    for (let i = 0; i < BATCH; i++)
      sink += resolveNetwork(model, { alpha, resolution }).totals.macs;
    samples.push(((performance.now() - start) * 1000) / BATCH);
  }
  if (sink < 0) throw new Error("unreachable: keeps the calls from being optimized away");
  return median(samples);
}

function main(): void {
  const results = MODEL_IDS.flatMap((model) =>
    ALPHAS.flatMap((alpha) =>
      RESOLUTIONS.map((resolution) => ({
        model,
        alpha,
        resolution,
        layers: resolveNetwork(model, { alpha, resolution }).layers.length,
        medianUs: round(timeCell(model, alpha, resolution), 2),
      })),
    ),
  );
  const perModel = Object.fromEntries(
    MODEL_IDS.map((model) => [
      model,
      round(median(results.filter((r) => r.model === model).map((r) => r.medianUs)), 2),
    ]),
  );
  const summary = {
    node: process.version,
    warmup: WARMUP,
    samples: SAMPLES,
    batch: BATCH,
    medianUsPerModel: perModel,
    maxMedianUs: Math.max(...results.map((r) => r.medianUs)),
    results,
  };
  printReport(summary);
}

main();
