import { describe, expect, it } from "vitest";
import { alphaSquaredGap } from "./alpha-squared-gap";

describe("alphaSquaredGap: why 0.5 MobileNet-224 costs 149 M, not a quarter of 569 M", () => {
  const gap = alphaSquaredGap("v1", 0.5);
  const row = (op: string) => gap.rows.find((r) => r.op === op);

  it("starts from the published totals: 568,740,352 at α = 1, 149,497,088 at α = 0.5", () => {
    expect(gap.fullMacs).toBe(568_740_352);
    expect(gap.macs).toBe(149_497_088);
    expect(gap.predictedMacs).toBe(142_185_088);
    expect(gap.extraMacs).toBe(7_312_000);
  });

  it("puts no gap on the 1×1 convs: every V1 width halves exactly at α = 0.5", () => {
    expect(row("pointwise")?.extraMacs).toBe(0);
  });

  it("finds the gap in depthwise (4.35 M), the first conv (2.71 M) and the classifier (0.26 M)", () => {
    expect(row("depthwise")?.extraMacs).toBe(4_346_496);
    expect(row("conv")?.extraMacs).toBe(2_709_504);
    expect(row("fc")?.extraMacs).toBe(256_000);
    // Those three kinds scale with α, not α²: at α = 0.5 they are exactly half their α = 1 cost.
    for (const op of ["depthwise", "conv", "fc"]) {
      const r = row(op);
      expect(r && r.macs / r.fullMacs).toBe(0.5);
    }
  });

  it("adds up: the rows' gaps are the whole gap", () => {
    expect(gap.rows.reduce((s, r) => s + r.extraMacs, 0)).toBe(gap.extraMacs);
  });

  it("has no rounding gap anywhere on the paper's grid: the 1×1 convs scale by exactly α² at 0.75 and 0.25", () => {
    for (const alpha of [0.75, 0.25]) {
      expect(alphaSquaredGap("v1", alpha).rows.find((r) => r.op === "pointwise")?.extraMacs).toBe(
        0,
      );
    }
  });

  it("rounding widths only matters off the paper's α grid (α = 0.3: 32·0.3 = 9.6 → 9 channels)", () => {
    // At 0.3 the 1×1 convs no longer scale by exactly α², because ⌊c·α⌋ drops fractions.
    const off = alphaSquaredGap("v1", 0.3).rows.find((r) => r.op === "pointwise");
    expect(off && off.extraMacs).toBeLessThan(0);
  });
});
