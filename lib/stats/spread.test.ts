import { describe, expect, it } from "vitest";
import { quantile, spreadOf } from "./spread";

describe("quantile", () => {
  it("interpolates between closest ranks like numpy's default", () => {
    // numpy.quantile([1, 2, 3, 4], 0.1) = 1.3; 0.5 → 2.5; 0.9 → 3.7
    expect(quantile([4, 1, 3, 2], 0.1)).toBeCloseTo(1.3, 12);
    expect(quantile([4, 1, 3, 2], 0.5)).toBeCloseTo(2.5, 12);
    expect(quantile([4, 1, 3, 2], 0.9)).toBeCloseTo(3.7, 12);
  });
  it("returns the only value of a one-element sample and NaN for none or a bad q", () => {
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
    expect(quantile([1, 2], 1.5)).toBeNaN();
  });
});

describe("spreadOf", () => {
  it("reports count, extremes and percentiles without reordering the input", () => {
    const runs = [10, 30, 20, 50, 40];
    const s = spreadOf(runs);
    expect(s).toEqual({ runs: 5, min: 10, p10: 14, median: 30, p90: 46, max: 50 });
    expect(runs).toEqual([10, 30, 20, 50, 40]);
  });
});
