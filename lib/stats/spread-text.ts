/**
 * One wording for a latency's spread everywhere it is shown (classify, compare table, lab):
 * "p10–p90 14.1–15.3 ms · 20 runs", plus a plain warning when warm-up hit its cap before the
 * times were steady.
 */
import type { Spread } from "./spread";
import type { WarmUp } from "./steady-state";

/** Three significant digits: 8.46 ms, 84.6 ms, 846 ms, then seconds (2.40 s). */
export function formatLatency(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return `${ms.toFixed(ms < 10 ? 2 : ms < 100 ? 1 : 0)} ms`;
}

function bare(ms: number): string {
  return formatLatency(ms).replace(/ (ms|s)$/, "");
}

function unit(ms: number): string {
  return ms >= 1000 ? "s" : "ms";
}

export function spreadText(spread: Spread): string {
  const count = `${spread.runs} run${spread.runs === 1 ? "" : "s"}`;
  if (spread.runs < 2) return count;
  const range =
    unit(spread.p10) === unit(spread.p90)
      ? `${bare(spread.p10)}–${bare(spread.p90)} ${unit(spread.p90)}`
      : `${formatLatency(spread.p10)}–${formatLatency(spread.p90)}`;
  return `p10–p90 ${range} · ${count}`;
}

/** How the runs were warmed: shown as a tooltip, and inline when the cap was hit. */
export function warmUpText(warmUp: WarmUp): string {
  if (warmUp.state === "steady")
    return `timed after ${warmUp.runs} warm-up runs, once times were steady`;
  if (warmUp.state === "interrupted") return `warm-up cut short after ${warmUp.runs} runs`;
  return `not steady: warm-up stopped at its cap after ${warmUp.runs} runs (${formatLatency(warmUp.ms)})`;
}
