import { describe, expect, it } from "vitest";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import {
  arithmeticIntensity,
  attainableShare,
  RIDGE_POINTS,
  roofPath,
  rooflinePlot,
  rooflinePoint,
  type RooflineAxes,
} from "./roofline";

const AXES: RooflineAxes = {
  width: 600,
  height: 300,
  margin: { top: 10, right: 10, bottom: 30, left: 50 },
  x: [1, 1000],
  y: [0.01, 1],
};

describe("roofline", () => {
  it("puts the plot inside the margins, where the axes' ends land", () => {
    const plot = rooflinePlot(AXES);
    expect(plot).toEqual({ left: 50, right: 590, top: 10, bottom: 270 });
    expect(rooflinePoint(AXES, 1, 0.01)).toEqual({ x: plot.left, y: plot.bottom });
    expect(rooflinePoint(AXES, 1000, 1)).toEqual({ x: plot.right, y: plot.top });
  });

  it("uses V4 Table 16's ridge points", () => {
    expect(RIDGE_POINTS.map((r) => r.ridge)).toEqual([31.2, 39.7, 347.3, 433.8]);
  });

  it("caps a layer at the chip's peak above the ridge point and scales it below", () => {
    expect(attainableShare(62.4, 31.2)).toBe(1);
    expect(attainableShare(15.6, 31.2)).toBeCloseTo(0.5);
  });

  it("finds V1's depthwise layers memory-bound and its wide pointwise layers compute-bound on a CPU", () => {
    const block7 = resolveNetwork("v1").blocks.find((b) => b.name === "block7");
    const [dw, pw] = block7?.layers ?? [];
    if (!dw || !pw) throw new Error("V1 block7 has a depthwise and a pointwise layer");
    // 3×3 depthwise on 14×14×512: 903,168 MACs over 200,704 + 100,352 + 4,608 bytes.
    expect(arithmeticIntensity(dw)).toBeCloseTo(903_168 / 205_312 / 1, 6);
    expect(arithmeticIntensity(dw)).toBeLessThan(5);
    expect(arithmeticIntensity(pw)).toBeCloseTo(111.0, 1);
    expect(attainableShare(arithmeticIntensity(pw), 31.2)).toBe(1);
    expect(attainableShare(arithmeticIntensity(pw), 433.8)).toBeLessThan(0.3);
    expect(arithmeticIntensity(pw, 4)).toBeCloseTo(111.0 / 4, 1);
  });

  it("places points on log-log axes and draws a roof that bends at the ridge", () => {
    expect(rooflinePoint(AXES, 1, 0.01)).toEqual({ x: 50, y: 270 });
    expect(rooflinePoint(AXES, 1000, 1)).toEqual({ x: 590, y: 10 });
    const ridge = rooflinePoint(AXES, 31.2, 1);
    expect(roofPath(AXES, 31.2)).toContain(`L${ridge.x.toFixed(1)},${ridge.y.toFixed(1)}`);
    expect(roofPath(AXES, 31.2).startsWith("M50.0,")).toBe(true);
  });
});
