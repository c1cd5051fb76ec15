import { describe, expect, it } from "vitest";
import type { OnnxModel, OnnxNode } from "@/lib/onnx/onnx-proto";
import { decodeModel } from "@/lib/onnx/onnx-proto";
import { buildStandInClassifier } from "@/lib/onnx/stand-in-classifier";
import { findFeatureTensor } from "./feature-tensor";

const node = (opType: string, input: string[], output: string[]): OnnxNode => ({
  name: output[0]!,
  opType,
  input,
  output,
  attribute: [],
});
const weight = (name: string, dims: number[]) => ({ name, dims, dataType: 1 });

/**
 * A tail modelled on the pinned int8 MobileNetV4 (timm conv-small: pool → 1×1 conv_head → Linear)
 * after ONNX Runtime's dynamic quantization, which wraps each weight layer in DynamicQuantizeLinear,
 * an integer op, Cast and Mul by the scales. The real file cannot be fetched here (no network), so
 * this checks the structure the finder relies on, not that file.
 */
function int8V4Tail(): OnnxModel {
  const nodes = [
    node("Conv", ["pixel_values", "stem_w"], ["features"]),
    node("GlobalAveragePool", ["features"], ["pooled"]),
    node("DynamicQuantizeLinear", ["pooled"], ["pooled_q", "pooled_s", "pooled_zp"]),
    node("ConvInteger", ["pooled_q", "head_wq", "pooled_zp", "head_wzp"], ["head_i"]),
    node("Cast", ["head_i"], ["head_f"]),
    node("Mul", ["pooled_s", "head_ws"], ["head_scale"]),
    node("Mul", ["head_f", "head_scale"], ["head_out"]),
    node("Relu", ["head_out"], ["head_act"]),
    node("Flatten", ["head_act"], ["flat"]),
    node("DynamicQuantizeLinear", ["flat"], ["flat_q", "flat_s", "flat_zp"]),
    node("MatMulInteger", ["flat_q", "cls_wq", "flat_zp", "cls_wzp"], ["cls_i"]),
    node("Cast", ["cls_i"], ["cls_f"]),
    node("Mul", ["flat_s", "cls_ws"], ["cls_scale"]),
    node("Mul", ["cls_f", "cls_scale"], ["cls_out"]),
    node("Add", ["cls_out", "cls_b"], ["logits"]),
  ];
  return {
    irVersion: 8,
    opsetImport: [{ domain: "", version: 13 }],
    producerName: "test",
    producerVersion: "",
    graph: {
      name: "v4-int8-tail",
      node: nodes,
      initializer: [
        weight("stem_w", [960, 3, 3, 3]),
        weight("head_wq", [1280, 960, 1, 1]),
        weight("head_wzp", [1280]),
        weight("head_ws", [1280]),
        weight("cls_wq", [1280, 1000]),
        weight("cls_wzp", [1000]),
        weight("cls_ws", [1000]),
        weight("cls_b", [1000]),
      ],
      input: [{ name: "pixel_values", type: {} } as OnnxModel["graph"]["input"][number]],
      output: [{ name: "logits", type: {} } as OnnxModel["graph"]["output"][number]],
    },
  };
}

describe("the pooled feature tensor of a dynamically quantized MobileNetV4", () => {
  it("is the float vector the int8 classifier quantizes: the 1280 values after conv_head", () => {
    expect(findFeatureTensor(int8V4Tail())).toEqual({
      name: "flat",
      width: 1280,
      classifierOp: "MatMulInteger (int8)",
      producerOp: "Flatten",
      classifierOutputs: 1000,
    });
  });
  it("falls back to the last global pooling when the classifier is neither float nor int8 dense", () => {
    const model = int8V4Tail();
    const nodes = model.graph.node.map((n) =>
      n.opType === "MatMulInteger" ? { ...n, opType: "QLinearMatMul" } : n,
    );
    const f = findFeatureTensor({ ...model, graph: { ...model.graph, node: nodes } });
    expect(f).toEqual({
      name: "pooled",
      width: null,
      classifierOp: "none found",
      producerOp: "GlobalAveragePool",
      classifierOutputs: null,
    });
  });
});

describe("the app's V4 stand-ins (lib/onnx/stand-in-classifier)", () => {
  it("give the same feature tensor whether the classifier is float or dynamically quantized", () => {
    const fp32 = findFeatureTensor(decodeModel(buildStandInClassifier({ quantized: false })));
    const int8 = findFeatureTensor(decodeModel(buildStandInClassifier({ quantized: true })));
    expect(int8.name).toBe(fp32.name);
    expect(int8.width).toBe(fp32.width);
    expect(int8.classifierOutputs).toBe(1000);
    expect(int8.classifierOp).toBe("MatMulInteger (int8)");
  });
});
