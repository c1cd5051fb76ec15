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

  /** model id, the paper's float cell, the cell of the weights we run: [top-1, source, precision]. */
  const CASES = [
    // The 8-bit TFLite file is 66.9 %, not 66.8 %.
    ["mobilenet-v1-0.75-224", [0.684, S.v1Table6], [0.669, S.tfliteQuant, "int8"]],
    ["mobilenet-v1-1.0-224", [0.706, S.v1Table6], [0.7, S.tfliteQuant, "int8"]],
    ["mobilenet-v2-1.0-224", [0.72, S.v2Table4], [0.708, S.tfliteQuant, "int8"]],
    // The final paper's float number; the 8-bit one is V3 Table 4.
    ["mobilenet-v3-small-1.0-224", [0.674, S.v3Table3], [0.649, S.v3Table4, "int8"]],
    ["mobilenet-v4-conv-small-224", [0.738, S.v4Table6], [0.73756, S.v4TimmResults, "float"]],
    // No paper row: TF-slim's table for both.
    ["mobilenet-v3-large-minimalistic-1.0-224", [0.723, S.v3Slim], [0.713, S.v3Slim, "int8"]],
  ] as const;

  it.each(CASES)(
    "%s: the paper's float top-1 and the published number of our weights",
    (id, paper, ours) => {
      const m = entry(id);
      expect(paperTop1(m.engine)).toMatchObject({
        top1: paper[0],
        source: paper[1],
        precision: "float",
      });
      expect(modelTop1(m)).toMatchObject({ top1: ours[0], source: ours[1], precision: ours[2] });
    },
  );

  it("names each source briefly enough for a model card", () => {
    expect(paperTop1(entry("mobilenet-v1-1.0-224").engine)?.shortSource).toBe("V1 paper, Table 6");
    expect(modelTop1(entry("mobilenet-v1-1.0-224"))?.shortSource).toBe("TFLite hosted models");
    expect(modelTop1(entry("mobilenet-v3-large-minimalistic-1.0-224"))?.shortSource).toBe(
      "TF-slim README",
    );
  });

  it("attributes nothing when the note names no known source", () => {
    const m = entry("mobilenet-v2-1.0-224");
    const stray = { ...m, published: { ...m.published, note: "Keras Applications table" } };
    expect(modelTop1(stray)).toBeNull();
  });
});
