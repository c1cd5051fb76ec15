import { describe, expect, it } from "vitest";
import { formatCount, formatExact, macsToFlops } from "./format";

describe("formatCount(n)", () => {
  it.each([
    [568_740_352, "569 M"],
    [4_210_088, "4.2 M"],
    [41_030_272, "41 M"],
    [464_600, "0.46 M"],
    [470_100, "0.47 M"],
    [300_774_272, "301 M"],
    [2_171_341_312, "2.2 G"],
    [12_345_678_901, "12 G"],
    [9_960_000, "10 M"],
    [999_000, "1.0 M"],
    [999_700_000, "1.0 G"],
    [21_888, "22 k"],
    [4_608, "4.6 k"],
    [960, "960"],
    [0, "0"],
    [-4_210_088, "-4.2 M"],
  ])("formatCount(%s) = %s", (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  it("formatCount(NaN) = – (never 'NaN')", () => {
    expect(formatCount(Number.NaN)).toBe("–");
  });
});

describe("formatExact(n)", () => {
  it.each([
    [568_740_352, "568,740,352"],
    [4_210_088, "4,210,088"],
    [999, "999"],
    [1000, "1,000"],
    [0, "0"],
    [-1234567, "-1,234,567"],
  ])("formatExact(%s) = %s", (n, text) => {
    expect(formatExact(n)).toBe(text);
  });
});

describe("macsToFlops(macs)", () => {
  it("macsToFlops(568,740,352) = 1,137,480,704 (FLOPs = 2 × MACs)", () => {
    expect(macsToFlops(568_740_352)).toBe(1_137_480_704);
  });
});
