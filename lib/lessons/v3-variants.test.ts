import { describe, expect, it } from "vitest";
import { v3VariantRows } from "./v3-variants";

describe("V3-Large, V3-Large minimalistic, V3-Small in the engine (lessons 5 and 6)", () => {
  const rows = v3VariantRows();
  const by = (m: string) => rows.find((r) => r.model === m);

  it("the minimalistic variant has no SE, no h-swish, no 5×5; the other two have all three", () => {
    expect(by("v3-large-minimalistic")).toMatchObject({
      seBlocks: 0,
      seMacs: 0,
      hswishBlocks: 0,
      depthwise5x5: 0,
    });
    expect(by("v3-large")).toMatchObject({ seBlocks: 8, hswishBlocks: 12, depthwise5x5: 6 });
    expect(by("v3-small")).toMatchObject({ seBlocks: 9, depthwise5x5: 8 });
  });

  it("dropping them saves 1.56 M of V3-Large's 5.46 M params (SE 1.51 M) and 7.5 M of its 217 M MACs (SE 1.5 M, 5×5 → 3×3 5.9 M)", () => {
    const large = by("v3-large");
    const min = by("v3-large-minimalistic");
    expect([large?.params, min?.params]).toEqual([5_458_632, 3_899_888]);
    expect([large?.macs, min?.macs]).toEqual([216_589_760, 209_136_704]);
    expect([large?.seParams, large?.seMacs]).toEqual([1_512_280, 1_507_200]);
    // What SE does not explain is the 5×5 depthwise kernels becoming 3×3 (h-swish has no weights).
    const gap = {
      params: (large?.params ?? 0) - (min?.params ?? 0),
      macs: (large?.macs ?? 0) - (min?.macs ?? 0),
    };
    expect([gap.params - (large?.seParams ?? 0), gap.macs - (large?.seMacs ?? 0)]).toEqual([
      46_464, 5_945_856,
    ]);
  });
});
