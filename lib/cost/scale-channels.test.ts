import { describe, expect, it } from "vitest";
import { expandChannels, makeDivisible, scaleChannels, scaleLastConv } from "./scale-channels";

describe("makeDivisible(v, 8)", () => {
  it.each([
    [32, 32],
    [24, 24],
    [11.2, 16], // 0.35·32: rounds to 8, below 90 % of 11.2 → +8
    [12, 16], // rounds half up
    [18, 24], // 0.75·24 = 18 → 16 < 16.2 → 24
    [5.6, 8], // min 8
    [44.8, 48],
    [1792, 1792],
  ])("makeDivisible(%s) = %s", (v, expected) => {
    expect(makeDivisible(v)).toBe(expected);
  });
});

describe("scaleChannels(version, c, α)", () => {
  it("V1 floors without divisibility: scaleChannels(1, 1024, 0.75) = 768, (1, 32, 0.25) = 8", () => {
    expect(scaleChannels(1, 1024, 0.75)).toBe(768);
    expect(scaleChannels(1, 32, 0.25)).toBe(8);
    expect(scaleChannels(1, 64, 0.3)).toBe(19);
  });

  it("V2+ uses make_divisible: scaleChannels(2, 320, 0.35) = 112, (3, 16, 0.75) = 16", () => {
    expect(scaleChannels(2, 320, 0.35)).toBe(112);
    expect(scaleChannels(3, 16, 0.75)).toBe(16);
  });

  it("scaleLastConv keeps 1280 for α ≤ 1 (V2+) and scales it for α > 1", () => {
    expect(scaleLastConv(2, 1280, 0.35)).toBe(1280);
    expect(scaleLastConv(2, 1280, 1.4)).toBe(1792);
    expect(scaleLastConv(1, 1024, 0.5)).toBe(512);
  });

  it("expandChannels(24, 88/24) = 88 despite float error; (16, 6) = 96", () => {
    expect(expandChannels(24, 88 / 24)).toBe(88);
    expect(expandChannels(16, 6)).toBe(96);
  });
});
