/**
 * The lab's takeaway, computed from the measured points: of two points timed on the same backend, the
 * pair whose saving in multiply-adds differs most from its saving in time, said in one sentence
 * ("V3-Small needs 9.6× fewer MACs than V1 here but is only 1.1× faster"). Ranking by GFLOP/s alone
 * would crown the model that keeps the hardware busiest, which reads as "most efficient": the wrong
 * lesson. Pure: measurements in, sentences out.
 */
import { MODEL_TITLES } from "@/lib/arch/models";
import { spreadOf } from "@/lib/stats/spread";
import type { LabBackend } from "./lab-grid";
import type { Measurement } from "./measurement";
import { achievedGflops, formatGflops } from "./measurement";

/** Below this MACs ratio two points are "about the same work" and teach nothing by comparison. */
const MIN_MACS_RATIO = 1.5;

export interface LabLesson {
  readonly backend: LabBackend;
  /** The point with fewer MACs, and the one with more. */
  readonly cheap: Measurement;
  readonly costly: Measurement;
  /** costly.macs / cheap.macs (≥ 1.5). */
  readonly macsRatio: number;
  /** costly median / cheap median: > 1 faster, < 1 slower. */
  readonly speedup: number;
  /** True when the two points' p10–p90 run ranges overlap (the time difference is within the noise). */
  readonly spreadsOverlap: boolean;
  /** The lesson, e.g. "V3-Small needs 9.6× fewer MACs than V1 here but is only 1.1× faster." */
  readonly sentence: string;
  /** Why, in throughput: "Per multiply-add, V3-Small ran at 0.9 GFLOP/s and V1 at 8.3 GFLOP/s." */
  readonly because: string;
  /** Set when the spreads overlap: the time difference may be noise. */
  readonly caution: string | null;
}

const shortTitle = (m: Measurement) => MODEL_TITLES[m.model].replace(/^MobileNet/, "");

/** "9.6×" below 10, "12×" above, so ratios read like the papers' round numbers. */
export function formatRatio(r: number): string {
  return `${r < 10 ? r.toFixed(1) : r.toFixed(0)}×`;
}

/** Names two points just well enough to tell them apart (model, then α and resolution if they differ). */
function names(a: Measurement, b: Measurement): [string, string] {
  const name = (m: Measurement) =>
    [
      shortTitle(m),
      a.alpha !== b.alpha ? `α ${m.alpha}` : "",
      a.resolution !== b.resolution ? `${m.resolution} px` : "",
    ]
      .filter(Boolean)
      .join(" ");
  return [name(a), name(b)];
}

function timeClause(speedup: number, macsRatio: number): string {
  if (speedup < 0.95) return `but is ${formatRatio(1 / speedup)} slower`;
  if (speedup <= 1.05) return "but is no faster";
  if (speedup < 0.8 * macsRatio) return `but is only ${formatRatio(speedup)} faster`;
  return `and is ${formatRatio(speedup)} faster: here time followed the multiply-adds`;
}

function overlap(a: Measurement, b: Measurement): boolean {
  const sa = spreadOf(a.runsMs);
  const sb = spreadOf(b.runsMs);
  if (!(sa.runs > 1 && sb.runs > 1)) return false;
  return sa.p10 <= sb.p90 && sb.p10 <= sa.p90;
}

function lessonFor(backend: LabBackend, rows: readonly Measurement[]): LabLesson | null {
  let best: { cheap: Measurement; costly: Measurement; gap: number } | null = null;
  for (const cheap of rows)
    for (const costly of rows) {
      if (!(cheap.macs > 0 && cheap.medianMs > 0 && costly.medianMs > 0)) continue;
      const macsRatio = costly.macs / cheap.macs;
      if (macsRatio < MIN_MACS_RATIO) continue;
      // The gap between the arithmetic saved and the time saved: 9.6× fewer MACs for 1.1× → 8.7.
      const gap = macsRatio / (costly.medianMs / cheap.medianMs);
      if (!best || gap > best.gap) best = { cheap, costly, gap };
    }
  if (!best) return null;
  const { cheap, costly } = best;
  const macsRatio = costly.macs / cheap.macs;
  const speedup = costly.medianMs / cheap.medianMs;
  const [cheapName, costlyName] = names(cheap, costly);
  const spreadsOverlap = overlap(cheap, costly);
  return {
    backend,
    cheap,
    costly,
    macsRatio,
    speedup,
    spreadsOverlap,
    sentence: `${cheapName} needs ${formatRatio(macsRatio)} fewer MACs than ${costlyName} here ${timeClause(speedup, macsRatio)}.`,
    because: `Per multiply-add, ${cheapName} ran at ${formatGflops(achievedGflops(cheap.macs, cheap.medianMs))} GFLOP/s and ${costlyName} at ${formatGflops(achievedGflops(costly.macs, costly.medianMs))} GFLOP/s.`,
    caution: spreadsOverlap
      ? "Their p10–p90 run ranges overlap, so the time difference may be noise: time more runs to be sure."
      : null,
  };
}

/** One lesson per backend that has two points far enough apart in MACs (WASM first). */
export function labLessons(rows: readonly Measurement[]): LabLesson[] {
  return (["wasm", "webgpu"] as const).flatMap((backend) => {
    const lesson = lessonFor(
      backend,
      rows.filter((r) => r.backend === backend),
    );
    return lesson ? [lesson] : [];
  });
}
