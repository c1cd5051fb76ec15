import { describe, expect, it } from "vitest";
import { MODEL_SPECS } from "@/lib/arch/models";
import { UIB_VARIANTS, uibExample, uibVariantOf } from "./uib-examples";

describe("a real V4 layer for each UIB shape", () => {
  it("finds every shape, and each example really is that shape", () => {
    for (const variant of UIB_VARIANTS) {
      const ex = uibExample(variant, "v4-conv-s");
      expect(ex, variant).not.toBeNull();
      if (ex) expect(uibVariantOf(ex.model, ex.block)).toBe(variant);
    }
  });

  it("stays on the model on screen when it has the shape, with a stride-1 block", () => {
    const ib = uibExample("IB", "v4-conv-s");
    expect(ib?.model).toBe("v4-conv-s");
    const spec = ib ? MODEL_SPECS[ib.model].blocks[ib.block] : undefined;
    expect(spec?.kind === "uib" && spec.stride).toBe(1);
    expect(uibExample("ExtraDW", "v4-hybrid-l")?.model).toBe("v4-hybrid-l");
  });

  it("borrows a shape the model lacks: Conv-S has no FFN, Conv-M has no IB", () => {
    expect(uibExample("FFN", "v4-conv-s")?.model).toBe("v4-conv-m");
    expect(uibExample("IB", "v4-conv-m")?.model).toBe("v4-conv-s");
  });

  it("says null for blocks that are not UIBs", () => {
    expect(uibVariantOf("v1", 2)).toBeNull();
  });
});
