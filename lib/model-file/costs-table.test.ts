import { describe, expect, test } from "vitest";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { splitByOp } from "@/lib/cost/op-split";
import { buildOnnxModel } from "@/lib/onnx/build-onnx-model";
import { analyzeOnnxBytes } from "./analyze-model";
import { costsCsv, splitRowsByKind } from "./costs-table";

describe("costs table", () => {
  const a = analyzeOnnxBytes(buildOnnxModel("v1", { alpha: 1, resolution: 224 }).bytes);

  test("the split by kind has the engine's MACs per kind (V1: 1×1 convs 94.86 % of Mult-Adds)", () => {
    const mine = splitRowsByKind(a.rows, a.totals);
    const engine = splitByOp(resolveNetwork("v1", { alpha: 1, resolution: 224 }));
    for (const op of ["conv", "pointwise", "depthwise", "fc"] as const)
      expect(mine[op].macs).toBe(engine[op].macs);
    expect(mine.pointwise.macsShare).toBeCloseTo(0.9486, 4);
  });

  test("CSV: a header and one line per counted layer, exact integers", () => {
    const lines = costsCsv(a.rows).trimEnd().split("\n");
    expect(lines[0]).toBe(
      "node,op_type,kind,input_shape,output_shape,kernel,stride,groups,weights,biases,macs,attention_ops",
    );
    expect(lines).toHaveLength(a.rows.length + 1);
    expect(lines[1]).toBe("stem/conv,Conv,conv,1x3x224x224,1x32x112x112,3,2,1,864,32,10838016,0");
    const macs = lines.slice(1).reduce((s, l) => s + Number(l.split(",")[10]), 0);
    expect(macs).toBe(568_740_352);
  });
});
