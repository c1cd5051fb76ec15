import { describe, expect, it } from "vitest";
import { MODELS } from "@/lib/inference/model-catalog";
import { widthPair, widthSiblings } from "./width-pair";

const installed = MODELS.filter((m) => !m.sources.browserOnly);

describe("/inside's width pair: V1 1.0 against V1 0.75, the paper's width multiplier", () => {
  it("V1 1.0 and V1 0.75 are each other's sibling; V2 and V3 have none", () => {
    expect(widthSiblings("mobilenet-v1-1.0-224", installed).map((m) => m.id)).toEqual([
      "mobilenet-v1-0.75-224",
    ]);
    expect(widthSiblings("mobilenet-v1-0.75-224", installed).map((m) => m.id)).toEqual([
      "mobilenet-v1-1.0-224",
    ]);
    expect(widthSiblings("mobilenet-v2-1.0-224", installed)).toEqual([]);
    // Same version but another architecture is not a width sibling.
    expect(widthSiblings("mobilenet-v3-small-1.0-224", installed)).toEqual([]);
    expect(widthSiblings("mobilenet-v1-1.0-224", [])).toEqual([]);
  });

  it("a pointwise layer: channels × 0.75, MACs × 0.5625 = α² exactly (64·128 → 48·96)", () => {
    const pair = widthPair("mobilenet-v1-1.0-224", "block2/pointwise", installed);
    expect(pair?.current).toMatchObject({ alpha: 1, inChannels: 64, outChannels: 128 });
    expect(pair?.other).toMatchObject({ alpha: 0.75, inChannels: 48, outChannels: 96 });
    expect(pair?.macsRatio).toBeCloseTo(0.5625, 12);
    expect(pair?.alphaSquared).toBeCloseTo(0.5625, 12);
  });

  it("a depthwise layer scales by α, not α² (one filter per channel), and the stem by α", () => {
    const dw = widthPair("mobilenet-v1-0.75-224", "block2/depthwise", installed);
    expect(dw?.macsRatio).toBeCloseTo(0.75, 12);
    expect(dw?.current.modelId).toBe("mobilenet-v1-0.75-224");
    expect(widthPair("mobilenet-v1-1.0-224", "stem/conv", installed)?.macsRatio).toBeCloseTo(
      0.75,
      12,
    );
  });

  it("says nothing for a layer the engine does not have", () => {
    expect(widthPair("mobilenet-v1-1.0-224", "block99/depthwise", installed)).toBeNull();
    expect(widthPair("mobilenet-v2-1.0-224", "block3/depthwise", installed)).toBeNull();
  });
});
