import { describe, expect, it } from "vitest";
import { CostInputError } from "./cost-input-error";
import { compareSeparable } from "./separable";

describe("compareSeparable (V1 Table 3: D_K = 3, M = N = 512, D_F = 14)", () => {
  it("compareSeparable(3×3, 512→512, 14²): full conv 462 M MACs / 2.36 M params", () => {
    const r = compareSeparable({ kernel: 3, inChannels: 512, outChannels: 512, featureSize: 14 });
    expect(r.standard).toEqual({ params: 2_359_296, macs: 462_422_016 });
    expect(r.standard.macs / 1e6).toBeCloseTo(462, 0);
  });

  it("compareSeparable(3×3, 512→512, 14²): depthwise separable 52.3 M / 0.27 M", () => {
    const r = compareSeparable({ kernel: 3, inChannels: 512, outChannels: 512, featureSize: 14 });
    expect(r.depthwise).toEqual({ params: 4_608, macs: 903_168 });
    expect(r.pointwise).toEqual({ params: 262_144, macs: 51_380_224 });
    expect(r.separable.macs / 1e6).toBeCloseTo(52.3, 1);
    expect(r.separable.params / 1e6).toBeCloseTo(0.27, 2);
  });

  it("compareSeparable(α = 0.75: 384→384, 14²): 29.6 M / 0.15 M", () => {
    const r = compareSeparable({ kernel: 3, inChannels: 384, outChannels: 384, featureSize: 14 });
    expect(r.separable.macs / 1e6).toBeCloseTo(29.6, 1);
    expect(r.separable.params / 1e6).toBeCloseTo(0.15, 2);
  });

  it("compareSeparable(ρ = 0.714: 384→384, 10²): 15.1 M / 0.15 M", () => {
    const r = compareSeparable({ kernel: 3, inChannels: 384, outChannels: 384, featureSize: 10 });
    expect(r.separable.macs / 1e6).toBeCloseTo(15.1, 1);
    expect(r.separable.params / 1e6).toBeCloseTo(0.15, 2);
  });

  it("ratio equals the closed form 1/N + 1/D_K² (Eq. 5), with and without stride", () => {
    for (const stride of [1, 2, 3]) {
      const r = compareSeparable({
        kernel: 3,
        inChannels: 32,
        outChannels: 64,
        featureSize: 15,
        stride,
      });
      expect(r.ratio).toBeCloseTo(1 / 64 + 1 / 9, 12);
      expect(r.closedForm).toBeCloseTo(r.ratio, 12);
    }
  });

  it("compareSeparable(stride 2, D_F = 15) counts on the ceil(15/2) = 8 output", () => {
    const r = compareSeparable({
      kernel: 3,
      inChannels: 8,
      outChannels: 8,
      featureSize: 15,
      stride: 2,
    });
    expect(r.outputSize).toBe(8);
    expect(r.pointwise.macs).toBe(8 * 8 * 64);
  });

  it.each([
    { kernel: 0, inChannels: 1, outChannels: 1, featureSize: 1 },
    { kernel: 3, inChannels: 1.5, outChannels: 1, featureSize: 1 },
    { kernel: 3, inChannels: 1, outChannels: Number.NaN, featureSize: 1 },
    { kernel: 3, inChannels: 1, outChannels: 1, featureSize: 1, stride: 0 },
  ])("compareSeparable(%o) throws CostInputError(invalid-layer)", (input) => {
    expect(() => compareSeparable(input)).toThrow(CostInputError);
  });
});
