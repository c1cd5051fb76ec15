/**
 * Published accuracy points shaped for the charts. Every point keeps its source label, because the
 * sources disagree (V1 paper vs TF-slim grid, final vs earlier V3 paper). A point from a secondary
 * source would be drawn hollow and say "unverified"; since the V4 paper's Tab. 6 was read, none is.
 */
import { MODEL_SPECS } from "@/lib/arch/models";
import type { PublishedPoint } from "@/lib/arch/published";
import { PUBLISHED_POINTS, PUBLISHED_SOURCES as S } from "@/lib/arch/published";
import type { ModelId } from "@/lib/arch/types";
import { MODEL_TITLES } from "@/lib/arch/models";

export interface ChartPoint {
  readonly key: string;
  readonly label: string;
  readonly macsM: number;
  readonly top1: number;
  readonly series: string;
  readonly source: string;
  readonly unverified?: boolean;
  readonly model: ModelId;
  readonly alpha: number;
  readonly resolution: number;
}

function toChartPoint(p: PublishedPoint, series: string): ChartPoint | null {
  if (p.top1 === null || p.macsM === null || p.variant !== undefined) return null;
  return {
    key: `${p.source}|${p.model}|${p.alpha}|${p.resolution}`,
    label: `${MODEL_TITLES[p.model]} ${p.alpha.toFixed(2).replace(/0$/, "")}-${p.resolution}`,
    macsM: p.macsM,
    top1: p.top1,
    series,
    source: p.source,
    ...(p.verified ? {} : { unverified: true }),
    model: p.model,
    alpha: p.alpha,
    resolution: p.resolution,
  };
}

function pick(
  sources: readonly string[],
  model: (id: ModelId) => boolean,
  series: string,
): ChartPoint[] {
  return PUBLISHED_POINTS.filter((p) => sources.includes(p.source) && model(p.model))
    .map((p) => toChartPoint(p, series))
    .filter((p): p is ChartPoint => p !== null);
}

/** Lesson 3: V1 paper Tables 6–7 (α and resolution sweeps) and the official V2 checkpoint grid. */
export function widthResolutionPoints(): readonly ChartPoint[] {
  return [
    ...pick([S.v1Table6, S.v1Table7], (m) => m === "v1", "V1 paper, Tables 6–7"),
    ...pick([S.v2Slim], (m) => m === "v2", "V2 checkpoint grid (TF-slim)"),
  ];
}

/**
 * Explorer: each version as its own paper reports it (a paper's rows for *other* versions are left out:
 * V2's Table 4 gives V1 575 M, not V1's own 569 M).
 */
export function versionComparisonPoints(): readonly ChartPoint[] {
  const version = (v: number) => (m: ModelId) => MODEL_SPECS[m].version === v;
  return [
    ...pick([S.v1Table6, S.v1Table7], version(1), "V1 paper"),
    ...pick([S.v2Table4], version(2), "V2 paper"),
    ...pick([S.v3Table3], version(3), "V3 paper (final version)"),
    ...pick([S.v4Table6], version(4), "V4 paper (Table 6)"),
  ];
}

/** Keys of points describing exactly this model, α and resolution (to ring them on the chart). */
export function matchingKeys(
  points: readonly ChartPoint[],
  model: ModelId,
  alpha: number,
  resolution: number,
): string[] {
  return points
    .filter(
      (p) => p.model === model && Math.abs(p.alpha - alpha) < 1e-9 && p.resolution === resolution,
    )
    .map((p) => p.key);
}
