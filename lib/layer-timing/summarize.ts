/**
 * From several profiled runs to the per-layer table: each layer's median kernel time over the runs,
 * its share of the summed medians, achieved GMAC/s, and the checks the page shows beside them — the
 * summed kernel times against the unprofiled median, and how far any row's share moves between the
 * first and second half of the runs. Time inside a profiled run that no kernel covers (the run's
 * duration minus its kernels) is not dropped: it is in the remainder, said apart.
 */
import type { OpKind } from "@/lib/arch/types";
import { OP_KINDS } from "@/lib/arch/types";
import { quantile } from "@/lib/stats/spread";
import type { RemainderOp } from "./attribute";
import { attributeRun } from "./attribute";
import type { LayerCostRow } from "./layer-bytes";
import { achievedGmacs, arithmeticIntensity, bytesMoved } from "./layer-bytes";
import type { ProfiledRun } from "./profile-trace";

export interface TimedLayer extends LayerCostRow {
  /** Position in network order (0-based). */
  readonly index: number;
  /** Median kernel time over the profiled runs. */
  readonly ms: number;
  /** Fraction of the summed median times (remainder included). */
  readonly share: number;
  readonly bytes: number;
  readonly intensity: number;
  readonly gmacs: number;
  /** Nanoseconds per multiply-add: what the slowest-per-MAC ranking sorts by. */
  readonly nsPerMac: number;
}

export interface RemainderRow {
  /** Other kernels plus the time between kernels. */
  readonly ms: number;
  readonly share: number;
  /** Kernels that are no layer (pooling, unfused ops, nodes ORT made). */
  readonly kernelMs: number;
  /** A profiled run's own duration minus all its kernels: time the profiler books to no node. */
  readonly betweenKernelsMs: number;
  /** What ran there, from the last profiled run. */
  readonly ops: readonly RemainderOp[];
}

export interface KindShare {
  readonly kind: OpKind | "remainder";
  readonly macsShare: number;
  readonly timeShare: number;
}

export interface TimingSummary {
  readonly layers: readonly TimedLayer[];
  readonly remainder: RemainderRow;
  /** Sum of every layer's median and the remainder's (so about one profiled run). */
  readonly totalMs: number;
  /** Every kernel: the layers' medians plus the other kernels' (the "sum of layer times"). */
  readonly kernelSumMs: number;
  /** Fewest and most kernel events in one kept run (equal unless trace lines were lost). */
  readonly kernelsPerRun: readonly [number, number];
  readonly profiledRuns: number;
  /** Median of the profiled runs' own durations (ORT's model_run). */
  readonly profiledRunMs: number;
  readonly unprofiledMedianMs: number;
  /** kernelSumMs ÷ unprofiledMedianMs. */
  readonly sumOverUnprofiled: number;
  /** Largest difference of any row's share between the two halves of the runs, in percentage points. */
  readonly shareDiffPoints: number;
  readonly kinds: readonly KindShare[];
}

const median = (xs: readonly number[]) => quantile(xs, 0.5);

/** Median ms per layer node and for the remainder over some runs. */
function medians(layers: readonly LayerCostRow[], runs: readonly ProfiledRun[]) {
  const nodes = layers.map((l) => l.node);
  const attributed = runs.map((r) => attributeRun(r.nodes, nodes));
  const gaps = runs.map((r) => Math.max(0, r.ms - r.nodes.reduce((a, n) => a + n.ms, 0)));
  const kernelMs = median(attributed.map((a) => a.remainderMs));
  const betweenKernelsMs = median(gaps);
  return {
    layerMs: nodes.map((n) => median(attributed.map((a) => a.layerMs.get(n) ?? 0))),
    kernelMs,
    betweenKernelsMs,
    remainderMs: kernelMs + betweenKernelsMs,
    remainderOps: attributed.at(-1)?.remainderOps ?? [],
  };
}

function shares(m: { layerMs: readonly number[]; remainderMs: number }): number[] {
  const total = m.layerMs.reduce((a, b) => a + b, 0) + m.remainderMs;
  return [...m.layerMs, m.remainderMs].map((ms) => (total > 0 ? ms / total : 0));
}

/** Largest |share(a) − share(b)| over all rows, in percentage points. */
export function largestShareDiff(a: readonly number[], b: readonly number[]): number {
  return a.reduce((worst, s, i) => Math.max(worst, Math.abs(s - (b[i] ?? 0)) * 100), 0);
}

function kindShares(layers: readonly TimedLayer[], remainder: RemainderRow): KindShare[] {
  const totalMacs = layers.reduce((a, l) => a + l.macs, 0);
  const kinds: KindShare[] = OP_KINDS.map((kind) => {
    const of = layers.filter((l) => l.kind === kind);
    return {
      kind,
      macsShare: totalMacs > 0 ? of.reduce((a, l) => a + l.macs, 0) / totalMacs : 0,
      timeShare: of.reduce((a, l) => a + l.share, 0),
    };
  }).filter((k) => layers.some((l) => l.kind === k.kind));
  return [...kinds, { kind: "remainder", macsShare: 0, timeShare: remainder.share }];
}

export function summarizeTiming(
  layers: readonly LayerCostRow[],
  runs: readonly ProfiledRun[],
  unprofiledMedianMs: number,
): TimingSummary {
  const all = medians(layers, runs);
  const total = all.layerMs.reduce((a, b) => a + b, 0) + all.remainderMs;
  const timed: TimedLayer[] = layers.map((l, index) => {
    const ms = all.layerMs[index] ?? 0;
    return {
      ...l,
      index,
      ms,
      share: total > 0 ? ms / total : 0,
      bytes: bytesMoved(l),
      intensity: arithmeticIntensity(l),
      gmacs: achievedGmacs(l.macs, ms),
      nsPerMac: l.macs > 0 ? (ms * 1e6) / l.macs : NaN,
    };
  });
  const remainder = {
    ms: all.remainderMs,
    share: total > 0 ? all.remainderMs / total : 0,
    kernelMs: all.kernelMs,
    betweenKernelsMs: all.betweenKernelsMs,
    ops: all.remainderOps,
  };
  const kernelSumMs = total - all.betweenKernelsMs;
  const counts = runs.map((r) => r.nodes.length);
  const half = Math.floor(runs.length / 2);
  const shareDiffPoints =
    half > 0
      ? largestShareDiff(
          shares(medians(layers, runs.slice(0, half))),
          shares(medians(layers, runs.slice(half))),
        )
      : NaN;
  return {
    layers: timed,
    remainder,
    totalMs: total,
    kernelSumMs,
    kernelsPerRun: [Math.min(...counts), Math.max(...counts)],
    profiledRuns: runs.length,
    profiledRunMs: median(runs.map((r) => r.ms)),
    unprofiledMedianMs,
    sumOverUnprofiled: kernelSumMs / unprofiledMedianMs,
    shareDiffPoints,
    kinds: kindShares(timed, remainder),
  };
}

/** The layers that spend the most time per multiply-add, slowest first. */
export function slowestPerMac(layers: readonly TimedLayer[], n = 3): TimedLayer[] {
  return [...layers]
    .filter((l) => Number.isFinite(l.nsPerMac))
    .sort((a, b) => b.nsPerMac - a.nsPerMac)
    .slice(0, n);
}
