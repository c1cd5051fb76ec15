import * as ort from "onnxruntime-web";
import { beforeAll, describe, expect, test } from "vitest";
import { MODEL_IDS } from "@/lib/arch/models";
import type { ModelId } from "@/lib/arch/types";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { buildOnnxGraph, buildOnnxModel } from "./build-onnx-model";
import { decodeModel, elementCount } from "./onnx-proto";
import { graphParamCount } from "./graph-param-count";

function initializerFloats(bytes: Uint8Array): number {
  return decodeModel(bytes)
    .graph.initializer.filter((t) => t.dataType === 1 && !t.name.startsWith("const/"))
    .reduce((sum, t) => sum + elementCount(t.dims), 0);
}

async function forward(bytes: Uint8Array, resolution: number): Promise<ort.Tensor> {
  const session = await ort.InferenceSession.create(bytes, { executionProviders: ["wasm"] });
  const x = new Float32Array(3 * resolution * resolution).map((_, i) => Math.sin(i * 0.001));
  const out = await session.run({
    input: new ort.Tensor("float32", x, [1, 3, resolution, resolution]),
  });
  await session.release();
  const logits = out.logits;
  if (!logits) throw new Error("no logits output");
  return logits;
}

beforeAll(() => {
  ort.env.wasm.numThreads = 1;
});

describe("buildOnnxModel(v2, α 1.0, 224)", () => {
  const built = buildOnnxModel("v2", { alpha: 1, resolution: 224 });

  test("has the engine's 3,470,760 params plus 17,056 folded BN biases", () => {
    const net = resolveNetwork("v2", { alpha: 1, resolution: 224 });
    expect(net.totals.params).toBe(3_470_760);
    expect(initializerFloats(built.bytes)).toBe(3_470_760 + 17_056);
    expect(built.paramCount).toBe(3_487_816);
  });

  test("uses Clip for ReLU6, no BatchNormalization, a bias on every conv", () => {
    const nodes = decodeModel(built.bytes).graph.node;
    const ops = new Set(nodes.map((n) => n.opType));
    expect(ops).toContain("Clip");
    expect(ops).not.toContain("BatchNormalization");
    expect(ops).not.toContain("Relu");
    for (const conv of nodes.filter((n) => n.opType === "Conv")) expect(conv.input).toHaveLength(3);
    expect(nodes.filter((n) => n.opType === "Add")).toHaveLength(10); // V2's 10 residual blocks
  });

  test("is byte-identical when rebuilt (deterministic seeded weights)", () => {
    const again = buildOnnxModel("v2", { alpha: 1, resolution: 224 });
    expect(Buffer.from(again.bytes).equals(Buffer.from(built.bytes))).toBe(true);
    const reseeded = buildOnnxModel("v2", { alpha: 1, resolution: 224, seed: 1 });
    expect(Buffer.from(reseeded.bytes).equals(Buffer.from(built.bytes))).toBe(false);
  });
});

describe("standard ops for V3 and V4 features", () => {
  const opsOf = (model: ModelId) => {
    const net = resolveNetwork(model, { alpha: 0.5, resolution: 96 });
    return new Set(buildOnnxGraph(net).model.graph.node.map((n) => n.opType));
  };
  test("V3: h-swish → HardSwish, SE gate → HardSigmoid", () => {
    const ops = opsOf("v3-large");
    expect(ops).toContain("HardSwish");
    expect(ops).toContain("HardSigmoid");
    expect(ops).toContain("GlobalAveragePool");
  });
  test("V4 Hybrid: Mobile MQA as Conv/Reshape/Transpose/MatMul/Softmax", () => {
    const ops = opsOf("v4-hybrid-m");
    for (const op of ["MatMul", "Softmax", "Reshape", "Transpose"]) expect(ops).toContain(op);
  });
  test("V4 Hybrid-L: GELU from Erf (standard ops only)", () => {
    expect(opsOf("v4-hybrid-l")).toContain("Erf");
  });
});

describe.each([
  { alpha: 1, resolution: 224 },
  { alpha: 0.5, resolution: 160 },
])("every model at α $alpha, $resolution px", ({ alpha, resolution }) => {
  test.each([...MODEL_IDS])(
    "%s matches the engine's params and runs in onnxruntime-web → finite [1, 1000]",
    async (model) => {
      const net = resolveNetwork(model, { alpha, resolution });
      const built = buildOnnxModel(model, { alpha, resolution });
      expect(built.paramCount).toBe(graphParamCount(net));
      expect(built.macs).toBe(net.totals.macs);
      const logits = await forward(built.bytes, resolution);
      expect(logits.dims).toEqual([1, 1000]);
      const data = logits.data as Float32Array;
      expect(data.every(Number.isFinite)).toBe(true);
      expect(Math.max(...data) - Math.min(...data)).toBeGreaterThan(0); // not a dead (constant) network
    },
  );
});
