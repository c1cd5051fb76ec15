import { describe, expect, it } from "vitest";
import { matchingKeys, versionComparisonPoints, widthResolutionPoints } from "./published-series";

describe("published chart series", () => {
  it("lesson 3 has V1 Table 6 (0.5-224: 63.7 % at 149 M) and all 22 V2 grid checkpoints", () => {
    const points = widthResolutionPoints();
    const half = points.find((p) => p.model === "v1" && p.alpha === 0.5 && p.resolution === 224);
    expect(half).toMatchObject({ top1: 63.7, macsM: 149, series: "V1 paper, Tables 6–7" });
    expect(points.filter((p) => p.model === "v2")).toHaveLength(22);
    expect(points.filter((p) => p.model === "v1")).toHaveLength(7);
  });

  it("the version comparison shows each paper's own numbers only, V4 from its paper's Table 6", () => {
    const points = versionComparisonPoints();
    expect(points.some((p) => p.model === "v1" && p.macsM === 575)).toBe(false);
    const small = points.find((p) => p.model === "v3-small" && p.alpha === 1);
    expect(small).toMatchObject({ top1: 67.4, macsM: 56 });
    const v4 = points.filter((p) => p.model.startsWith("v4"));
    expect(v4).toHaveLength(5);
    expect(v4.find((p) => p.model === "v4-conv-s")).toMatchObject({
      top1: 73.8,
      macsM: 200,
      series: "V4 paper (Table 6)",
    });
    expect(points.every((p) => p.unverified === undefined)).toBe(true);
  });

  it("finds the point matching the current choice", () => {
    const points = widthResolutionPoints();
    expect(matchingKeys(points, "v1", 1, 160)).toHaveLength(1);
    expect(matchingKeys(points, "v1", 0.6, 224)).toHaveLength(0);
  });
});
