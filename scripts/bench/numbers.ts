/**
 * The numbers of a report: rounded for reading, and ratios of a side against its baseline measured
 * in the same process (the machine is shared, so only such ratios compare across runs).
 */
import { spreadOf } from "@/lib/stats/spread";

export function round(x: number, digits: number): number {
  return Number(x.toFixed(digits));
}

export function median(xs: readonly number[]): number {
  return spreadOf(xs).median;
}

/** `side` over `baseline`, rounded; null when either is missing. */
export function ratio(side: number | null, baseline: number | null, digits = 3): number | null {
  return side === null || baseline === null ? null : round(side / baseline, digits);
}

/** Largest over smallest: how far repeated measurements of the same thing lie apart. */
export function maxOverMin(xs: readonly number[], digits = 3): number {
  return round(Math.max(...xs) / Math.min(...xs), digits);
}
