import { describe, expect, it } from "vitest";
import { v4CountComparison } from "./v4-counts";

describe("MobileNetV4 counted four ways (facts §A.4, counting disagreements)", () => {
  const rows = v4CountComparison();
  const by = (m: string) => rows.find((r) => r.model === m);

  it("has the five models at the paper's resolutions", () => {
    expect(rows.map((r) => `${r.model}@${r.resolution}`)).toEqual([
      "v4-conv-s@224",
      "v4-conv-m@256",
      "v4-hybrid-m@256",
      "v4-conv-l@384",
      "v4-hybrid-l@384",
    ]);
  });

  it("pins our exact counts (conv + FC, no BN)", () => {
    expect(rows.map((r) => r.ourParams)).toEqual([
      3_748_936, 9_647_608, 10_992_632, 32_441_312, 37_587_936,
    ]);
  });

  it("matches timm's params once BN γ/β are added, to timm's two decimals", () => {
    for (const r of rows)
      expect((r.ourParamsWithBn / 1e6).toFixed(2)).toBe(r.timmParamsM.toFixed(2));
  });

  it("matches the TF backbone exactly when counted its way (no classifier, 4 BN vectors, layer scale)", () => {
    for (const r of rows) expect(r.ourParamsTfStyle).toBe(r.tfBackboneParams);
  });

  it("cannot reproduce the paper's params except Conv-S: every count is above Tab. 6", () => {
    expect((by("v4-conv-s")?.ourParamsWithBn ?? 0) / 1e6).toBeCloseTo(3.8, 1);
    for (const r of rows.filter((x) => x.model !== "v4-conv-s")) {
      expect(r.ourParams / 1e6).toBeGreaterThan(r.paperParamsM + 0.4);
      expect(r.timmParamsM).toBeGreaterThan(r.paperParamsM + 0.4);
    }
  });
});
