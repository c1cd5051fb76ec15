import { describe, expect, it } from "vitest";
import { resolveNetwork } from "./resolve-network";
import { compareSeparable } from "./separable";
import { separableLayerBlock } from "./separable-block";

describe("separableLayerBlock", () => {
  it("V1 Table 3's layer is V1 block 8 at α 1, 224 px: same shapes and costs", () => {
    const layer = { kernel: 3, inChannels: 512, outChannels: 512, featureSize: 14, stride: 1 };
    const block = separableLayerBlock(layer);
    const v1 = resolveNetwork("v1").blocks[8];
    expect(block.input).toEqual(v1?.input);
    expect(block.output).toEqual(v1?.output);
    expect(block.totals.macs).toBe(v1?.totals.macs);
    expect(block.totals.macs).toBe(compareSeparable(layer).separable.macs);
    expect(block.totals.params).toBe(compareSeparable(layer).separable.params);
  });

  it("follows the calculator's layer, stride included", () => {
    const layer = { kernel: 5, inChannels: 160, outChannels: 96, featureSize: 15, stride: 2 };
    const block = separableLayerBlock(layer);
    expect(block.output).toEqual({ h: 8, w: 8, c: 96 });
    expect(block.layers.map((l) => l.macs)).toEqual([
      compareSeparable(layer).depthwise.macs,
      compareSeparable(layer).pointwise.macs,
    ]);
  });

  it("rejects what the calculator rejects", () => {
    expect(() =>
      separableLayerBlock({ kernel: 0, inChannels: 8, outChannels: 8, featureSize: 8 }),
    ).toThrow(/kernel must be a positive integer/);
  });
});
