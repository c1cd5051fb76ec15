import { describe, expect, it } from "vitest";
import { PUBLISHED_SOURCES as S } from "@/lib/arch/published";
import { MODELS } from "./model-catalog";
import { modelTop1, paperTop1 } from "./published-accuracy";

const entry = (id: string) => {
  const m = MODELS.find((x) => x.id === id);
  if (!m) throw new Error(`no manifest entry ${id}`);
  return m;
};

describe("/classify's published top-1: the paper's float number and the number of the weights we run", () => {
  it("every manifest top-1 is a cell of the source its note names", () => {
    for (const m of MODELS.filter((x) => x.published.top1 !== null)) {
      expect(modelTop1(m), m.id).not.toBeNull();
    }
  });

  it("V1 0.75-224: paper 68.4 % (float), the 8-bit TFLite file 66.9 % (not 66.8 %)", () => {
    const m = entry("mobilenet-v1-0.75-224");
    expect(paperTop1(m.engine)).toMatchObject({
      top1: 0.684,
      source: S.v1Table6,
      shortSource: "V1 paper, Table 6",
      precision: "float",
    });
    expect(modelTop1(m)).toMatchObject({
      top1: 0.669,
      source: S.tfliteQuant,
      shortSource: "TFLite hosted models",
      precision: "int8",
    });
  });

  it("V2 1.0-224: paper 72.0 % (float), the 8-bit TFLite file 70.8 %", () => {
    const m = entry("mobilenet-v2-1.0-224");
    expect(paperTop1(m.engine)).toMatchObject({
      top1: 0.72,
      source: S.v2Table4,
      precision: "float",
    });
    expect(modelTop1(m)).toMatchObject({ top1: 0.708, source: S.tfliteQuant, precision: "int8" });
  });

  it("V3-Small 1.0-224: final paper 67.4 % (float), 8-bit 64.9 % (V3 Table 4)", () => {
    const m = entry("mobilenet-v3-small-1.0-224");
    expect(paperTop1(m.engine)).toMatchObject({
      top1: 0.674,
      source: S.v3Table3,
      precision: "float",
    });
    expect(modelTop1(m)).toMatchObject({ top1: 0.649, source: S.v3Table4, precision: "int8" });
  });

  it("V4 Conv-S: paper Tab. 6 73.8 %, timm's float weights 73.756 %", () => {
    const m = entry("mobilenet-v4-conv-small-224");
    expect(paperTop1(m.engine)).toMatchObject({
      top1: 0.738,
      source: S.v4Table6,
      precision: "float",
    });
    expect(modelTop1(m)).toMatchObject({
      top1: 0.73756,
      source: S.v4TimmResults,
      precision: "float",
    });
  });

  it("V1 1.0-224: paper 70.6 % (float, Table 6), the 8-bit TFLite file 70.0 %", () => {
    const m = entry("mobilenet-v1-1.0-224");
    expect(paperTop1(m.engine)).toMatchObject({
      top1: 0.706,
      source: S.v1Table6,
      shortSource: "V1 paper, Table 6",
      precision: "float",
    });
    expect(modelTop1(m)).toMatchObject({
      top1: 0.7,
      source: S.tfliteQuant,
      shortSource: "TFLite hosted models",
      precision: "int8",
    });
  });

  it("V3-Large minimalistic: no paper row, so TF-slim's table for both: 72.3 % float, 71.3 % 8-bit", () => {
    const m = entry("mobilenet-v3-large-minimalistic-1.0-224");
    expect(paperTop1(m.engine)).toMatchObject({
      top1: 0.723,
      source: S.v3Slim,
      shortSource: "TF-slim README",
      precision: "float",
    });
    expect(modelTop1(m)).toMatchObject({
      top1: 0.713,
      source: S.v3Slim,
      shortSource: "TF-slim README",
      precision: "int8",
    });
  });

  it("attributes nothing when the note names no known source", () => {
    const m = entry("mobilenet-v2-1.0-224");
    const stray = { ...m, published: { ...m.published, note: "Keras Applications table" } };
    expect(modelTop1(stray)).toBeNull();
  });
});
