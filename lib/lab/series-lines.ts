/**
 * Which lab points to join with a line: the points of one model on one backend that differ only in α
 * (an α series) or only in resolution (a resolution series), in order. Pure: keys in, keys out.
 */
import type { LabBackend } from "./lab-grid";

export interface SeriesPoint {
  readonly key: string;
  readonly model: string;
  readonly backend: LabBackend;
  readonly alpha: number;
  readonly resolution: number;
}

export interface SeriesLine {
  readonly key: string;
  /** What changes along the line. */
  readonly along: "alpha" | "resolution";
  /** Point keys ordered by the changing value. */
  readonly points: readonly string[];
}

function linesAlong(points: readonly SeriesPoint[], along: "alpha" | "resolution"): SeriesLine[] {
  const fixed = along === "alpha" ? "resolution" : "alpha";
  const groups = new Map<string, SeriesPoint[]>();
  for (const p of points) {
    const key = `${p.model}/${p.backend}/${fixed} ${p[fixed]}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.entries()]
    .filter(([, g]) => new Set(g.map((p) => p[along])).size >= 2)
    .map(([key, g]) => ({
      key: `${key}/along ${along}`,
      along,
      points: [...g].sort((a, b) => a[along] - b[along]).map((p) => p.key),
    }));
}

export function seriesLines(points: readonly SeriesPoint[]): SeriesLine[] {
  return [...linesAlong(points, "alpha"), ...linesAlong(points, "resolution")];
}
