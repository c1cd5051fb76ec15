import { describe, expect, it } from "vitest";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import {
  engineIntensity,
  medianIntensityByKind,
  memoryBoundKinds,
  ridgeRegime,
} from "./ridge-advice";

describe("engine intensities with the timing table's bytes formula", () => {
  const v2 = resolveNetwork("v2", { alpha: 1, resolution: 224 });
  it("gives V2's first depthwise layer the hand-computed 1.1246 MACs per byte", () => {
    // 3×3 depthwise on 112×112×32: MACs 3 612 672; params 288 + 32 bias; in = out = 401 408
    const dw = v2.layers.find((l) => l.op === "depthwise");
    expect(dw?.macs).toBe(3_612_672);
    expect(engineIntensity(dw!)).toBeCloseTo(1.12456, 4);
  });
  it("puts depthwise far below pointwise, so a ridge between them splits the kinds", () => {
    const kinds = medianIntensityByKind(v2);
    const at = (k: string) => kinds.find((x) => x.kind === k)?.intensity ?? NaN;
    expect(at("depthwise")).toBeLessThan(2);
    expect(at("pointwise")).toBeGreaterThan(3 * at("depthwise"));
    expect(memoryBoundKinds(kinds, 3)).toContain("depthwise");
    expect(memoryBoundKinds(kinds, 3)).not.toContain("conv");
    expect(memoryBoundKinds(kinds, 0.1)).toEqual([]);
  });
});

describe("ridgeRegime", () => {
  const kinds = medianIntensityByKind(resolveNetwork("v2", { alpha: 1, resolution: 224 }));
  it("reads a low, middle and high ridge point", () => {
    expect(ridgeRegime(kinds, 0.5)).toBe("compute");
    expect(ridgeRegime(kinds, 3)).toBe("split");
    // the paper's Pixel 6 CPU (Tab. 16: 31.2 MACs/byte) is above V2's 1×1 layers by this count
    expect(ridgeRegime(kinds, 31.2)).toBe("memory");
  });
});
