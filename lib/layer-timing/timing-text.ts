/** The sentences and CSV of the per-layer timing, one wording for the page, the lesson and the bench. */
import { OP_STYLES } from "@/lib/viz/theme";
import type { KindShare, TimingSummary } from "./summarize";
import { csvText } from "@/lib/table/csv";

/** "12 %", "0.4 %", "<0.1 %" */
export function percent(fraction: number): string {
  const p = fraction * 100;
  if (!Number.isFinite(p)) return "–";
  if (p > 0 && p < 0.1) return "<0.1 %";
  return `${p < 10 ? p.toFixed(1) : p.toFixed(0)} %`;
}

export function kindLabel(kind: KindShare["kind"]): string {
  return kind === "remainder" ? "Remainder" : OP_STYLES[kind].label;
}

/** "Depthwise: 3.1 % of the multiply-adds, 28 % of the time" */
export function kindSentence(k: KindShare): string {
  if (k.kind === "remainder")
    return `Remainder (kernels of no conv or FC layer, and time between kernels): ${percent(k.timeShare)} of the time`;
  return `${kindLabel(k.kind)}: ${percent(k.macsShare)} of the multiply-adds, ${percent(k.timeShare)} of the time`;
}

/** The cross-check the page writes under the table. */
export function crossCheckText(s: TimingSummary): string {
  const adds = s.profiledRunMs / s.unprofiledMedianMs - 1;
  const between = s.remainder.betweenKernelsMs;
  return (
    `The kernel times add up to ${s.kernelSumMs.toFixed(1)} ms, ${s.sumOverUnprofiled.toFixed(2)}× the ` +
    `unprofiled median of ${s.unprofiledMedianMs.toFixed(1)} ms. A profiled run took ` +
    `${s.profiledRunMs.toFixed(1)} ms (median of ${s.profiledRuns}): profiling made it ` +
    `${adds >= 0 ? `${percent(adds)} slower` : `${percent(-adds)} faster (noise)`}` +
    (between > 0.05 * s.profiledRunMs
      ? `, and ${between.toFixed(1)} ms of it ran no kernel (between kernels, in the remainder row). `
      : ". ") +
    `No row's share of the time moved more than ${s.shareDiffPoints.toFixed(1)} points between ` +
    `the first and second half of those runs.`
  );
}

export const TIMING_CSV_HEADER =
  "index,layer,node,kind,ms,share,macs,bytes,intensity_macs_per_byte,gmacs_per_s";

function num(x: number, digits = 6): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(digits))) : "";
}

/** One row per layer in network order, then the remainder row. */
export function timingCsv(s: TimingSummary): string {
  const rows = s.layers.map((l) => [
    l.index,
    l.label,
    l.node,
    l.kind,
    num(l.ms),
    num(l.share),
    l.macs,
    l.bytes,
    num(l.intensity),
    num(l.gmacs),
  ]);
  const ops = [
    ...s.remainder.ops.map((o) => `${o.opName}×${o.count}`),
    `between-kernels ${num(s.remainder.betweenKernelsMs)} ms`,
  ].join(" ");
  const remainder = [
    "",
    "remainder",
    ops,
    "remainder",
    num(s.remainder.ms),
    num(s.remainder.share),
  ];
  return csvText(TIMING_CSV_HEADER.split(","), [...rows, [...remainder, "", "", "", ""]]);
}
