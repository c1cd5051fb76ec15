import { describe, expect, it } from "vitest";
import { MODEL_IDS, MODEL_SPECS, MODEL_TITLES, isModelId } from "./models";
import { MOBILENET_V3_SMALL_1280, mobileNetV3Small } from "./mobilenet-v3";

describe("MODEL_IDS / MODEL_SPECS", () => {
  it("MODEL_IDS lists 10 models, each with a spec whose id matches", () => {
    expect(MODEL_IDS).toHaveLength(10);
    for (const id of MODEL_IDS) {
      expect(MODEL_SPECS[id].id).toBe(id);
      expect(MODEL_TITLES[id]).toBe(MODEL_SPECS[id].title);
    }
  });

  it("every spec ends with global pool (+ optional prelogits conv) and a 1000-way FC", () => {
    for (const id of MODEL_IDS) {
      const { blocks, classes } = MODEL_SPECS[id];
      expect(blocks.at(-1)).toEqual({ kind: "fc", out: classes, act: "linear" });
      expect(blocks.filter((b) => b.kind === "globalPool")).toHaveLength(1);
      expect(classes).toBe(1000);
    }
  });

  it("V1 has 13 depthwise separable blocks; V2 17 bottlenecks; V3-L 15, V3-S 11 bnecks", () => {
    const count = (id: keyof typeof MODEL_SPECS, kind: string) =>
      MODEL_SPECS[id].blocks.filter((b) => b.kind === kind).length;
    expect(count("v1", "depthwiseSeparable")).toBe(13);
    expect(count("v2", "invertedResidual")).toBe(17);
    expect(count("v3-large", "invertedResidual")).toBe(15);
    expect(count("v3-small", "invertedResidual")).toBe(11);
  });

  it("V4 hybrids have 8 MQA blocks; conv models none", () => {
    const mqa = (id: keyof typeof MODEL_SPECS) =>
      MODEL_SPECS[id].blocks.filter((b) => b.kind === "mqa").length;
    expect(mqa("v4-hybrid-m")).toBe(8);
    expect(mqa("v4-hybrid-l")).toBe(8);
    expect(mqa("v4-conv-m")).toBe(0);
  });
});

describe("isModelId(s)", () => {
  it.each(["v1", "v2", "v3-large", "v4-hybrid-l"])("isModelId(%s) is true", (s) => {
    expect(isModelId(s)).toBe(true);
  });

  it.each(["", "V1", "v5", "toString", "__proto__", 1, null, undefined])(
    "isModelId(%s) is false",
    (s) => expect(isModelId(s)).toBe(false),
  );
});

describe("mobileNetV3Small(head)", () => {
  it("mobileNetV3Small(1280) differs from the default only in the prelogits conv width", () => {
    const final = mobileNetV3Small();
    expect(MOBILENET_V3_SMALL_1280.blocks).toHaveLength(final.blocks.length);
    expect(MOBILENET_V3_SMALL_1280.blocks.at(-2)).toMatchObject({
      kind: "conv",
      out: 1280,
      bn: false,
    });
    expect(final.blocks.at(-2)).toMatchObject({ kind: "conv", out: 1024, bn: false });
  });
});

describe("MobileNetV3-Large minimalistic (facts §B.1)", () => {
  const large = MODEL_SPECS["v3-large"].blocks;
  const min = MODEL_SPECS["v3-large-minimalistic"].blocks;

  it("has V3-Large's blocks, channels, expansions and strides", () => {
    const shape = (b: (typeof large)[number]) =>
      b.kind === "invertedResidual"
        ? [b.kind, b.expanded, b.out, b.stride]
        : b.kind === "conv"
          ? [b.kind, b.kernel, b.out, b.stride, b.bn]
          : [b.kind];
    expect(min.map(shape)).toEqual(large.map(shape));
  });

  it("has no SE, no h-swish and no 5×5: every bneck 3×3 with ReLU, every conv ReLU", () => {
    const bnecks = min.filter((b) => b.kind === "invertedResidual");
    expect(bnecks).toHaveLength(15);
    expect(bnecks.every((b) => b.kernel === 3 && !b.se && b.act === "relu")).toBe(true);
    expect(min.filter((b) => b.kind === "conv").map((b) => b.act)).toEqual([
      "relu",
      "relu",
      "relu",
    ]);
    // The full model really has what the variant drops.
    expect(large.some((b) => b.kind === "invertedResidual" && (b.se || b.kernel === 5))).toBe(true);
  });
});
