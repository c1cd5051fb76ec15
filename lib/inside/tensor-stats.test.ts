import { describe, expect, it } from "vitest";
import { channelStrengths, channelsByStrength, histogram, tensorStats } from "./tensor-stats";

describe("tensorStats", () => {
  it("tensorStats([0, 0, 3, -1, 6]) → min -1, max 6, mean 1.6, 2 of 5 exact zeros", () => {
    const s = tensorStats(Float32Array.from([0, 0, 3, -1, 6]));
    expect(s).toEqual({ count: 5, min: -1, max: 6, mean: 1.6, zeroFraction: 0.4 });
  });
  it("counts -0 as an exact zero but not 1e-9", () => {
    expect(tensorStats([-0, 1e-9]).zeroFraction).toBe(0.5);
  });
  it("an empty tensor gives count 0 and no NaN", () => {
    expect(tensorStats([])).toEqual({ count: 0, min: 0, max: 0, mean: 0, zeroFraction: 0 });
  });
});

describe("histogram", () => {
  it("histogram([0, 1, 2, 3, 4, 5, 6], 3 bins, 0..6) puts the top edge in the last bin", () => {
    expect(histogram([0, 1, 2, 3, 4, 5, 6], 3, 0, 6).counts).toEqual([2, 2, 3]);
  });
  it("clamps values outside the range into the end bins", () => {
    expect(histogram([-5, 0.25, 99], 2, 0, 1).counts).toEqual([2, 1]);
  });
  it("a constant tensor (lo = hi) still gives one filled bin, not NaN", () => {
    const h = histogram([2, 2, 2], 4, 2, 2);
    expect(h.counts).toEqual([3, 0, 0, 0]);
    expect(h.hi).toBe(3);
  });
});

describe("channelStrengths / channelsByStrength", () => {
  it("mean |x| per channel of an NCHW [1, 3, 1, 2] tensor, strongest first", () => {
    const s = channelStrengths(Float32Array.from([1, -1, 0, 0, -4, 2]), 3);
    expect(Array.from(s)).toEqual([1, 0, 3]);
    expect(channelsByStrength(s)).toEqual([2, 0, 1]);
  });
  it("ties keep channel order", () => {
    expect(channelsByStrength([1, 2, 2, 1])).toEqual([1, 2, 0, 3]);
  });
});
