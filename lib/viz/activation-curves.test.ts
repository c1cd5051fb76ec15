import { describe, expect, it } from "vitest";
import {
  hardSigmoid,
  hardSwish,
  layoutActivationPlot,
  relu6,
  sampleCurve,
  swish,
} from "./activation-curves";

describe("activation functions (V3 §5.2 definitions)", () => {
  it("h-swish is exactly 0 below -3 and exactly x above +3", () => {
    expect(hardSwish(-4)).toBe(-0);
    expect(hardSwish(-3)).toBe(-0);
    expect(hardSwish(3)).toBe(3);
    expect(hardSwish(5)).toBe(5);
  });

  it("h-swish(1) = 1·ReLU6(4)/6 = 2/3, close to swish(1) ≈ 0.731", () => {
    expect(hardSwish(1)).toBeCloseTo(2 / 3, 12);
    expect(swish(1)).toBeCloseTo(0.7310585786, 9);
  });

  it("h-sigmoid crosses 0.5 at 0 like the sigmoid", () => {
    expect(hardSigmoid(0)).toBe(0.5);
  });

  it("ReLU6 clips at 0 and 6", () => {
    expect([relu6(-2), relu6(2.5), relu6(9)]).toEqual([0, 2.5, 6]);
  });

  it("h-swish stays within 0.15 of swish everywhere on [-6, 6]", () => {
    const gap = Math.max(
      ...sampleCurve((x) => Math.abs(hardSwish(x) - swish(x)), -6, 6, 1201).map((p) => p.y),
    );
    expect(gap).toBeLessThan(0.15);
    expect(gap).toBeGreaterThan(0.1);
  });
});

describe("sampleCurve / layoutActivationPlot", () => {
  it("includes both ends", () => {
    const s = sampleCurve((x) => x, -6, 6, 5);
    expect(s.map((p) => p.x)).toEqual([-6, -3, 0, 3, 6]);
  });

  it("produces one SVG path per curve", () => {
    const plot = layoutActivationPlot(320, 200);
    expect(plot.paths.hswish.startsWith("M")).toBe(true);
    expect(plot.paths.relu6).not.toEqual(plot.paths.swish);
    expect(plot.origin.x).toBeCloseTo((28 + 312) / 2);
  });

  it("spans x from −6 to 6 and y from −1 to 6 across its plot box", () => {
    const chart = layoutActivationPlot(320, 200);
    expect(chart.plot).toEqual({ left: 28, right: 312, top: 8, bottom: 172 });
    expect(chart.xTicks[0]?.x).toBe(chart.plot.left);
    expect(chart.xTicks.at(-1)?.x).toBe(chart.plot.right);
    expect(chart.yTicks.at(-1)?.y).toBe(chart.plot.top);
  });
});
