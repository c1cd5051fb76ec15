import { describe, expect, it } from "vitest";
import { paintChannel, rampColor, rampTable, RAMP_STEPS } from "./activation-ramp";

describe("activation ramp", () => {
  it("runs from magma's darkest stop (#000004) to its lightest (#fcfdbf)", () => {
    const t = rampTable();
    expect(Array.from(t.subarray(0, 3))).toEqual([0, 0, 4]);
    expect(Array.from(t.subarray((RAMP_STEPS - 1) * 3))).toEqual([252, 253, 191]);
  });
  it("paintChannel maps lo to the dark end, hi to the light end, and clamps outside", () => {
    const out = paintChannel([0, 6, -1, 9], 0, 6, new Uint8ClampedArray(16));
    expect(Array.from(out.subarray(0, 4))).toEqual([0, 0, 4, 255]);
    expect(Array.from(out.subarray(4, 8))).toEqual([252, 253, 191, 255]);
    expect(Array.from(out.subarray(8, 12))).toEqual([0, 0, 4, 255]);
    expect(Array.from(out.subarray(12, 16))).toEqual([252, 253, 191, 255]);
  });
  it("gets lighter as the value grows (luminance is monotone along the ramp)", () => {
    const t = rampTable();
    const lum = (i: number) =>
      0.2126 * (t[i * 3] ?? 0) + 0.7152 * (t[i * 3 + 1] ?? 0) + 0.0722 * (t[i * 3 + 2] ?? 0);
    for (let i = 1; i < RAMP_STEPS; i++) expect(lum(i)).toBeGreaterThanOrEqual(lum(i - 1) - 0.5);
  });
  it("a constant channel (lo = hi) paints without NaN", () => {
    expect(rampColor(3, 3, 3)).toBe("rgb(0, 0, 4)");
  });
});
