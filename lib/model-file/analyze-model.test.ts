import { describe, expect, test } from "vitest";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { buildOnnxGraph, buildOnnxModel } from "@/lib/onnx/build-onnx-model";
import { GraphBuilder, attributes } from "@/lib/onnx/graph-builder";
import type { OnnxModel } from "@/lib/onnx/onnx-proto";
import { decodeModel, encodeModel } from "@/lib/onnx/onnx-proto";
import { buildStandInClassifier } from "@/lib/onnx/stand-in-classifier";
import { analyzeOnnxBytes, analyzeOnnxModel } from "./analyze-model";
import { ModelFileError } from "./model-file-error";
import { withExternalWeights, withOpset } from "@/lib/onnx/model-variants";

function problemOf(bytes: Uint8Array): [string, string] {
  try {
    analyzeOnnxBytes(bytes);
  } catch (err) {
    if (err instanceof ModelFileError) return [err.problem, err.message];
    throw err;
  }
  return ["none", ""];
}

const v2 = buildOnnxModel("v2", { alpha: 0.5, resolution: 96 });

describe("bad files: one sentence each", () => {
  test("text and JPEG bytes are not ONNX", () => {
    expect(problemOf(new TextEncoder().encode("hello, this is not a model"))).toEqual([
      "not-onnx",
      "This is not an ONNX model file.",
    ]);
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1]);
    expect(problemOf(jpeg)[0]).toBe("not-onnx");
    expect(problemOf(new Uint8Array(0))).toEqual(["not-onnx", "This file is empty."]);
  });

  test("a file cut in half is truncated", () => {
    const [problem, message] = problemOf(v2.bytes.slice(0, v2.bytes.length >> 1));
    expect(problem).toBe("truncated");
    expect(message).toMatch(/truncated/);
  });

  test("external data and unknown opsets are refused by name", () => {
    const model = decodeModel(v2.bytes);
    expect(problemOf(encodeModel(withExternalWeights(model)))[0]).toBe("external-data");
    const future = withOpset(model, 99);
    expect(problemOf(encodeModel(future))).toEqual([
      "opset",
      "This model uses ONNX opset 99; the page reads opsets 7 to 23.",
    ]);
  });
});

describe("dynamic input sizes", () => {
  /** The built V2 with a symbolic batch and spatial size, as exporters write dynamic axes. */
  function dynamicV2(): Uint8Array {
    const { model } = buildOnnxGraph(resolveNetwork("v2", { alpha: 1, resolution: 224 }));
    const input = model.graph.input[0];
    if (!input) throw new Error("no input");
    const dims = [{ dimParam: "batch" }, { dimValue: 3 }, { dimParam: "h" }, { dimParam: "w" }];
    const dynamic = { ...input, type: { tensorType: { elemType: 1, shape: { dim: dims } } } };
    return encodeModel({ ...model, graph: { ...model.graph, input: [dynamic] } });
  }

  test.each([224, 160, 128])(
    "a dynamic V2 counted at %i px equals the engine at that size",
    (size) => {
      const a = analyzeOnnxBytes(dynamicV2(), size);
      expect(a.dynamicSize).toBe(true);
      expect(a.inputs[0]?.dims).toEqual([1, 3, size, size]);
      expect(a.totals.macs).toBe(resolveNetwork("v2", { alpha: 1, resolution: size }).totals.macs);
    },
  );
});

describe("own shape inference", () => {
  test("Shape → Gather → Unsqueeze → Concat → Reshape, MaxPool ceil_mode, Resize, Softmax, Concat", () => {
    const b = new GraphBuilder(1);
    const w = b.normal("w", [8, 3, 3, 3], 0.1);
    const conv = b.node(
      "Conv",
      "conv",
      ["x", w],
      "conv",
      attributes({ kernel_shape: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1] }),
    );
    const pool = b.node(
      "MaxPool",
      "pool",
      [conv],
      "other",
      attributes({ kernel_shape: [3, 3], strides: [2, 2], ceil_mode: 1 }),
    );
    const scales = b.constFloat("scales", [4], [1, 1, 2, 2]);
    const up = b.node("Resize", "up", [pool, "", scales], "other");
    const both = b.node("Concat", "cat", [up, up], "other", attributes({ axis: 1 }));
    const shape = b.node("Shape", "shape", [both], "other");
    const zero = b.constInt64("zero", [0]);
    const batch = b.node("Gather", "batch", [shape, zero], "other", attributes({ axis: 0 }));
    const minus = b.constInt64("minus", [-1]);
    const target = b.node("Concat", "target", [batch, minus], "other", attributes({ axis: 0 }));
    const flat = b.node("Reshape", "flat", [both, target], "other");
    const fc = b.normal("fc", [16 * 32 * 32, 10], 0.01);
    const logits = b.node("MatMul", "logits", [flat, fc], "fc");
    b.node("Softmax", "probs", [logits], "other", attributes({ axis: -1 }));
    const model = b.toModel(
      { name: "x", dims: [1, 3, 63, 63] },
      { name: "probs", dims: [0, 0] },
      "",
    );
    const a = analyzeOnnxModel(decodeModel(encodeModel(model)));
    // 63 → conv s2 → 32 → pool k3 s2 ceil → 16 → resize ×2 → 32; concat → 16 ch; flatten 16·32·32.
    expect(a.unknownShapes).toEqual([]);
    const conv0 = a.rows[0];
    expect(conv0?.output).toEqual([1, 8, 32, 32]);
    expect(conv0?.macs).toBe(8 * 3 * 9 * 32 * 32);
    expect(a.rows[1]?.input).toEqual([1, 16 * 32 * 32]);
    expect(a.outputs[0]?.dims).toEqual([1, 10]);
    expect(a.classifier).toBeNull();
  });

  test("a counted op with no shape is listed as not countable, never dropped", () => {
    const b = new GraphBuilder(1);
    const w = b.normal("w", [4, 3, 1, 1], 0.1);
    const odd = b.node("NonMaxSuppression", "odd", ["x"], "other");
    b.node("Conv", "y", [odd, w], "pointwise", attributes({ kernel_shape: [1, 1] }));
    const a = analyzeOnnxModel(
      decodeModel(
        encodeModel(b.toModel({ name: "x", dims: [1, 3, 8, 8] }, { name: "y", dims: [0] }, "")),
      ),
    );
    expect(a.cannotCount).toEqual([{ opType: "Conv", count: 1 }]);
    expect(a.unknownShapes).toEqual([
      { opType: "NonMaxSuppression", count: 1 },
      { opType: "Conv", count: 1 },
    ]);
    expect(a.totals.params).toBe(12);
  });
});

describe("stand-in V4 classifiers", () => {
  test("the int8 (ConvInteger/MatMulInteger) and fp32 stand-ins have the same MACs and params", () => {
    const fp32 = analyzeOnnxBytes(buildStandInClassifier({ quantized: false }));
    const int8 = analyzeOnnxBytes(buildStandInClassifier({ quantized: true }));
    expect(int8.rows.map((r) => r.opType)).toContain("ConvInteger");
    expect(int8.rows.map((r) => r.kind)).toEqual(fp32.rows.map((r) => r.kind));
    expect(int8.totals.macs).toBe(fp32.totals.macs);
    expect(int8.totals.params).toBe(fp32.totals.params);
    expect(int8.notCounted.map((t) => t.opType)).toContain("DynamicQuantizeLinear");
    expect(int8.classifier).toEqual({
      inputName: "pixel_values",
      outputName: "logits",
      classes: 1000,
      size: 224,
    });
  });
});

describe("PyTorch-style exports", () => {
  /** Conv (no bias, SAME_UPPER) → BatchNormalization → Relu → QLinearConv-free head: Flatten → Gemm. */
  function convBnGraph(): OnnxModel {
    const b = new GraphBuilder(2);
    const w = b.normal("w", [8, 3, 3, 3], 0.1);
    const conv = b.node("Conv", "conv", ["x", w], "conv", [
      ...attributes({ kernel_shape: [3, 3], strides: [2, 2] }),
      { name: "auto_pad", type: 3, s: new TextEncoder().encode("SAME_UPPER") },
    ]);
    const bn = ["gamma", "beta", "mean", "var"].map((n) => b.uniform(`bn/${n}`, [8], 1));
    const norm = b.node("BatchNormalization", "bn", [conv, ...bn], "other");
    const act = b.node("Relu", "relu", [norm], "other");
    const pool = b.node("GlobalAveragePool", "pool", [act], "other");
    const flat = b.node("Flatten", "flat", [pool], "fc", attributes({ axis: 1 }));
    const fw = b.normal("fc/w", [10, 8], 0.1);
    const fb = b.uniform("fc/b", [10], 0.1);
    b.node("Gemm", "out", [flat, fw, fb], "fc", attributes({ transB: 1 }));
    return b.toModel({ name: "x", dims: [1, 3, 33, 33] }, { name: "out", dims: [1, 10] }, "");
  }

  test("SAME_UPPER padding, unfused BN (γ/β counted, running stats not), Gemm head", () => {
    const a = analyzeOnnxModel(decodeModel(encodeModel(convBnGraph())));
    expect(a.rows[0]?.output).toEqual([1, 8, 17, 17]); // ceil(33 / 2)
    expect(a.totals.macs).toBe(8 * 27 * 17 * 17 + 80);
    expect(a.totals.weights).toBe(8 * 27 + 80);
    expect(a.otherLearned).toEqual([{ opType: "BatchNormalization", tensors: 2, elements: 16 }]);
    expect(a.bnStatistics).toBe(16);
    expect(a.totals.params).toBe(8 * 27 + 80 + 10 + 16);
    expect(a.rows.map((r) => r.kind)).toEqual(["conv", "fc"]);
  });
});

describe("QLinearConv (static quantization)", () => {
  test("uint8 weights at input 3 and the int32 bias at input 8 are the layer's params", () => {
    const b = new GraphBuilder(5);
    const scalar = (name: string, type: number) =>
      b.rawTensor(name, [], type, type === 1 ? new Uint8Array(4) : new Uint8Array(1), false);
    const w = b.rawTensor("w", [16, 8, 1, 1], 2, new Uint8Array(128), true);
    const bias = b.rawTensor("bias", [16], 6, new Uint8Array(64), true);
    const slice = b.constInt64("starts", [0, 0]); // an int64 index constant: never a parameter
    const inputs = ["x", scalar("xs", 1), scalar("xz", 2), w, scalar("ws", 1), scalar("wz", 2)];
    const y = b.node(
      "QLinearConv",
      "qconv",
      [...inputs, scalar("ys", 1), scalar("yz", 2), bias],
      "pointwise",
      attributes({ kernel_shape: [1, 1] }),
    );
    void slice;
    const model = b.toModel({ name: "x", dims: [1, 8, 10, 10] }, { name: y, dims: [0] }, "");
    const a = analyzeOnnxModel(decodeModel(encodeModel(model)));
    expect(a.rows[0]).toMatchObject({ kind: "pointwise", weights: 128, biases: 16, macs: 12_800 });
    expect(a.totals.params).toBe(144);
  });
});
