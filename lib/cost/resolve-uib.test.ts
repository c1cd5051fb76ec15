import { describe, expect, it } from "vitest";
import type { ModelId } from "../arch/types";
import { resolveNetwork } from "./resolve-network";

function block(model: ModelId, name: string) {
  const found = resolveNetwork(model).blocks.find((b) => b.name === name);
  if (!found) throw new Error(name);
  return found;
}

describe("resolveUib (TF UniversalInvertedBottleneckBlock)", () => {
  it("v4-conv-s block5 ExtraDW(5,5,s2,96,e3): start dw s1 on 64 ch, expand 192, middle dw s2, project 96", () => {
    const b = block("v4-conv-s", "block5");
    expect(b.layers.map((l) => [l.path, l.stride, l.output.h, l.output.c])).toEqual([
      ["block5/start-depthwise", 1, 28, 64],
      ["block5/expand", 1, 28, 192],
      ["block5/depthwise", 2, 14, 192],
      ["block5/project", 1, 14, 96],
    ]);
    expect(b.residual).toBe(false);
  });

  it("v4-conv-s block6 IB(0,3,s1,96,e2): no start dw, residual", () => {
    const b = block("v4-conv-s", "block6");
    expect(b.layers.map((l) => l.path)).toEqual([
      "block6/expand",
      "block6/depthwise",
      "block6/project",
    ]);
    expect(b.residual).toBe(true);
  });

  it("v4-conv-s block10 ConvNext(3,0,s1,96,e4): start dw, expand 384, project; residual", () => {
    const b = block("v4-conv-s", "block10");
    expect(b.layers.map((l) => [l.path, l.output.c])).toEqual([
      ["block10/start-depthwise", 96],
      ["block10/expand", 384],
      ["block10/project", 96],
    ]);
    expect(b.residual).toBe(true);
  });

  it("v4-conv-m FFN(0,0,160,e2): only expand and project", () => {
    const net = resolveNetwork("v4-conv-m");
    const ffn = net.blocks.find(
      (b) => b.spec.kind === "uib" && b.spec.startDw === 0 && b.spec.midDw === 0,
    );
    expect(ffn?.layers.map((l) => l.path.split("/")[1])).toEqual(["expand", "project"]);
  });

  it("v4-conv-m block1 FusedIB(3,s2,48,e4): 3×3 full conv 32→128 s2 (36,864 weights), project 128→48", () => {
    const b = block("v4-conv-m", "block1");
    const [expand, project] = b.layers;
    expect(expand).toMatchObject({
      path: "block1/fused-expand",
      op: "conv",
      groups: 1,
      params: 36_864,
    });
    expect(expand?.output).toEqual({ h: 64, w: 64, c: 128 });
    expect(project?.output).toEqual({ h: 64, w: 64, c: 48 });
  });

  it("v4-hybrid-m UIBs carry layer-scale γ (C_out) in bnParams; v4-conv-m UIBs do not", () => {
    const hybrid = block("v4-hybrid-m", "block2").layers.at(-1);
    const conv = block("v4-conv-m", "block2").layers.at(-1);
    expect(hybrid?.bnParams).toBe(2 * 80 + 80);
    expect(conv?.bnParams).toBe(2 * 80);
  });
});
