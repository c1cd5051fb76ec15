import { describe, expect, it } from "vitest";
import { compareSeparable } from "../cost/separable";
import { separableBars } from "./separable-bars";

describe("separableBars (V1 Table 3 layer: 3×3, 512→512, 14×14)", () => {
  const bars = separableBars(
    compareSeparable({ kernel: 3, inChannels: 512, outChannels: 512, featureSize: 14 }),
  );

  it("puts all four costs on the standard convolution's scale", () => {
    const ends = Object.fromEntries(bars.bars.map((b) => [b.key, b.segments.at(-1)?.to]));
    expect(ends.standard).toBe(1);
    // 903,168 / 462,422,016 and 51,380,224 / 462,422,016
    expect(ends.depthwise).toBeCloseTo(1 / 512, 6);
    expect(ends.pointwise).toBeCloseTo(1 / 9, 6);
    expect(ends.separable).toBeCloseTo(1 / 512 + 1 / 9, 6);
  });

  it("the separable bar is depthwise then pointwise, ~8.8× shorter, ~98 % pointwise", () => {
    const separable = bars.bars.find((b) => b.key === "separable");
    expect(separable?.segments.map((s) => s.op)).toEqual(["depthwise", "pointwise"]);
    expect(separable?.macs).toBe(52_283_392);
    expect(bars.times).toBeCloseTo(462_422_016 / 52_283_392, 9);
    expect(bars.times.toFixed(1)).toBe("8.8");
    expect(bars.pointwiseShare).toBeCloseTo(51_380_224 / 52_283_392, 9);
    expect(bars.zoomed[1]).toEqual({ op: "pointwise", from: 1 - bars.pointwiseShare, to: 1 });
  });
});
