import { describe, expect, it } from "vitest";
import { defaultBlockState, parseBlockState, serializeBlockState } from "./block-state";
import { BLOCK_KIND_SLUGS, blockLabel, modelsWithKind, qualifyingBlocks } from "./catalog";
import { MODEL_SPECS } from "@/lib/arch/models";

describe("catalog", () => {
  it("lists the models that have each kind", () => {
    expect(modelsWithKind("v1-separable")).toEqual(["v1"]);
    expect(modelsWithKind("v2-inverted-residual")).toEqual(["v2"]);
    expect(modelsWithKind("v3-bneck")).toEqual(["v3-large", "v3-small", "v3-large-minimalistic"]);
    expect(modelsWithKind("v4-uib")).toEqual([
      "v4-conv-s",
      "v4-conv-m",
      "v4-conv-l",
      "v4-hybrid-m",
      "v4-hybrid-l",
    ]);
    expect(modelsWithKind("v4-mqa")).toEqual(["v4-hybrid-m", "v4-hybrid-l"]);
  });
  it("counts V1's 13 separable blocks and V2's 17 bottlenecks", () => {
    expect(qualifyingBlocks("v1-separable", "v1")).toHaveLength(13);
    expect(qualifyingBlocks("v2-inverted-residual", "v2")).toHaveLength(17);
  });
  it("labels blocks by kernel, stride and SE", () => {
    const spec = MODEL_SPECS["v3-large"].blocks[4];
    if (!spec) throw new Error("missing");
    expect(blockLabel(spec, 4)).toBe("block 4 · 5×5 · stride 2 · SE · → 40 ch");
  });
});

describe("parseBlockState / serializeBlockState", () => {
  it("reads a deep link", () => {
    const s = parseBlockState(
      "v3-bneck",
      new URLSearchParams("model=v3-large&block=5&alpha=0.75&res=224"),
    );
    expect(s).toEqual({ model: "v3-large", block: 5, alpha: 0.75, resolution: 224 });
  });
  it("accepts a Next searchParams record (first of repeated values)", () => {
    const s = parseBlockState("v2-inverted-residual", {
      model: "v2",
      block: ["3", "4"],
      alpha: "0.5",
      res: "160",
    });
    expect(s).toEqual({ model: "v2", block: 3, alpha: 0.5, resolution: 160 });
  });
  it("falls back to defaults for anything invalid", () => {
    const d = defaultBlockState("v4-mqa");
    expect(
      parseBlockState("v4-mqa", new URLSearchParams("model=v1&block=x&alpha=-1&res=9999")),
    ).toEqual(d);
    // block 1 of v2 is a bottleneck, but block 0 (the stem) is not.
    expect(parseBlockState("v2-inverted-residual", { model: "v2", block: "0" }).block).toBe(
      defaultBlockState("v2-inverted-residual").block,
    );
    expect(parseBlockState("v2-inverted-residual", { alpha: "5", res: "224.5" })).toMatchObject({
      alpha: 1,
      resolution: 224,
    });
  });
  it("defaults are valid for every kind and round-trip", () => {
    for (const kind of BLOCK_KIND_SLUGS) {
      const d = defaultBlockState(kind);
      expect(qualifyingBlocks(kind, d.model)).toContain(d.block);
      expect(parseBlockState(kind, new URLSearchParams(serializeBlockState(d)))).toEqual(d);
    }
  });
  it("the squeeze-and-excite page opens on a block that has SE, in both V3 models", () => {
    for (const model of ["v3-large", "v3-small"] as const) {
      const { block } = defaultBlockState("v3-bneck", model);
      expect(MODEL_SPECS[model].blocks[block]).toMatchObject({
        kind: "invertedResidual",
        se: true,
      });
    }
  });
  it("V3-Large minimalistic (no SE anywhere) opens on its first stride-1 bneck past the stem", () => {
    const { block } = defaultBlockState("v3-bneck", "v3-large-minimalistic");
    expect(block).toBe(3);
    expect(MODEL_SPECS["v3-large-minimalistic"].blocks[block]).toMatchObject({
      kind: "invertedResidual",
      kernel: 3,
      se: false,
      act: "relu",
    });
  });
  it("serializes in the documented order", () => {
    expect(serializeBlockState({ model: "v3-large", block: 5, alpha: 0.75, resolution: 224 })).toBe(
      "model=v3-large&block=5&alpha=0.75&res=224",
    );
  });
});
