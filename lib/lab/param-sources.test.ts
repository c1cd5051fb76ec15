import { describe, expect, it } from "vitest";
import { PUBLISHED_SOURCES as S } from "@/lib/arch/published";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { buildOnnxGraph } from "@/lib/onnx/build-onnx-model";
import { graphParamCount } from "@/lib/onnx/graph-param-count";
import { labParamSources } from "./param-sources";

describe("the lab's parameter counts beside each paper's", () => {
  const rows = labParamSources();
  const by = (m: string) => rows.find((r) => r.model === m);

  it("lists all ten models with their own source's printed count (V3-Large minimalistic: TF-slim's table)", () => {
    expect(rows).toHaveLength(10);
    expect(by("v3-large-minimalistic")).toMatchObject({
      paperParamsM: 3.9,
      paperSource: S.v3Slim,
      ourParams: 3_899_888,
    });
    expect(by("v1")).toMatchObject({
      paperParamsM: 4.2,
      paperSource: S.v1Table6,
      ourParams: 4_210_088,
    });
    expect(by("v4-conv-m")).toMatchObject({ paperParamsM: 9.2, paperSource: S.v4Table6 });
  });

  it("shows the V4 gaps the issue names: 9.65 vs 9.2, 32.4 vs 31, 10.99 vs 10.5, 37.6 vs 35.9 M", () => {
    const ours = (m: string) => ((by(m)?.ourParams ?? 0) / 1e6).toFixed(2);
    expect([
      ours("v4-conv-m"),
      ours("v4-conv-l"),
      ours("v4-hybrid-m"),
      ours("v4-hybrid-l"),
    ]).toEqual(["9.65", "32.44", "10.99", "37.59"]);
  });

  it("predicts the built graph's initializer count exactly (BN biases, layer scale, MQA norm)", () => {
    for (const model of ["v2", "v4-hybrid-m"] as const) {
      const net = resolveNetwork(model);
      expect(buildOnnxGraph(net).builder.paramCount).toBe(graphParamCount(net));
    }
    expect(by("v2")?.graphParams).toBe(3_487_816);
  });
});
