import { describe, expect, test } from "vitest";
import { samePads } from "./conv-ops";
import { GraphBuilder, attributes } from "./graph-builder";
import { ATTRIBUTE_TYPE, DATA_TYPE, decodeModel, encodeModel } from "./onnx-proto";
import { fillNormal, mulberry32 } from "./seeded-random";

describe("encodeModel / decodeModel", () => {
  test("round-trips a one-node graph: opset, initializer bytes, attributes, shapes", () => {
    const b = new GraphBuilder(1);
    const w = b.normal("w", [4, 3, 1, 1], 1);
    b.node("Conv", "y", ["x", w], "pointwise", attributes({ kernel_shape: [1, 1], group: 1 }));
    const bytes = encodeModel(
      b.toModel({ name: "x", dims: [1, 3, 8, 8] }, { name: "y", dims: [1, 4, 8, 8] }, "doc"),
    );
    const m = decodeModel(bytes);
    expect(m.irVersion).toBe(8);
    // Proto default values (domain "" = ai.onnx) are not written, so they decode as absent.
    expect(m.opsetImport).toEqual([{ version: 17 }]);
    expect(m.graph.node[0]?.opType).toBe("Conv");
    expect(m.graph.node[0]?.attribute).toMatchObject([
      { name: "kernel_shape", type: ATTRIBUTE_TYPE.INTS, ints: [1, 1] },
      { name: "group", type: ATTRIBUTE_TYPE.INT, i: 1 },
    ]);
    const init = m.graph.initializer[0];
    expect(init?.dims).toEqual([4, 3, 1, 1]);
    expect(init?.dataType).toBe(DATA_TYPE.FLOAT);
    expect(init?.rawData?.byteLength).toBe(4 * 12);
    expect(m.graph.input[0]?.type.tensorType.shape?.dim.map((d) => d.dimValue)).toEqual([
      1, 3, 8, 8,
    ]);
    expect(b.paramCount).toBe(12);
  });

  test("constants are shared by name and are not parameters", () => {
    const b = new GraphBuilder(1);
    expect(b.constFloat("c", [], [6])).toBe(b.constFloat("c", [], [6]));
    b.constInt64("shape", [1, -1]);
    expect(b.paramCount).toBe(0);
  });

  test("a duplicate node name throws instead of writing an invalid graph", () => {
    const b = new GraphBuilder(1);
    b.node("Relu", "a", ["x"], "other");
    expect(() => b.node("Relu", "a", ["x"], "other")).toThrow(/Duplicate/);
  });
});

describe("samePads (TF SAME)", () => {
  test("3×3 stride 2 on 224 → 112 pads 0 before, 1 after", () => {
    expect(samePads(224, 112, 3, 2)).toEqual([0, 1]);
  });
  test("3×3 stride 1 pads 1 each side; 5×5 pads 2", () => {
    expect(samePads(56, 56, 3, 1)).toEqual([1, 1]);
    expect(samePads(14, 14, 5, 1)).toEqual([2, 2]);
  });
  test("odd input 7 with stride 2 → 4 pads 1 and 1", () => {
    expect(samePads(7, 4, 3, 2)).toEqual([1, 1]);
  });
});

describe("seeded random", () => {
  test("mulberry32 is deterministic and in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
  test("fillNormal(std 2) has mean ≈ 0 and std ≈ 2 over 100k samples", () => {
    const v = fillNormal(new Float32Array(100_000), 2, 7);
    const mean = v.reduce((s, x) => s + x, 0) / v.length;
    const variance = v.reduce((s, x) => s + (x - mean) ** 2, 0) / v.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(Math.sqrt(variance)).toBeCloseTo(2, 1);
  });
});
