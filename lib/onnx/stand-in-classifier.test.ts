import * as ort from "onnxruntime-web";
import { beforeAll, describe, expect, test } from "vitest";
import { decodeModel } from "./onnx-proto";
import { STAND_IN_INPUT, STAND_IN_OUTPUT, buildStandInClassifier } from "./stand-in-classifier";

beforeAll(() => {
  ort.env.wasm.numThreads = 1;
});

describe.each([false, true])("stand-in classifier (quantized: %s)", (quantized) => {
  const bytes = buildStandInClassifier({ quantized });

  test("has the public V4 export's signature and op types", () => {
    const { graph } = decodeModel(bytes);
    expect(graph.input.map((i) => i.name)).toEqual([STAND_IN_INPUT]);
    expect(graph.output.map((o) => o.type.tensorType.shape?.dim.map((d) => d.dimValue))).toEqual([
      [1, 1000],
    ]);
    const ops = new Set(graph.node.map((n) => n.opType));
    if (quantized) {
      for (const op of ["DynamicQuantizeLinear", "ConvInteger", "MatMulInteger"])
        expect(ops).toContain(op);
      expect(ops).not.toContain("Conv");
    } else expect(ops).toContain("Conv");
  });

  test("runs in onnxruntime-web: finite, non-constant [1, 1000] logits", async () => {
    const session = await ort.InferenceSession.create(bytes, { executionProviders: ["wasm"] });
    const x = new Float32Array(3 * 224 * 224).map((_, i) => Math.sin(i * 0.01));
    const out = await session.run({
      [STAND_IN_INPUT]: new ort.Tensor("float32", x, [1, 3, 224, 224]),
    });
    await session.release();
    const logits = out[STAND_IN_OUTPUT];
    expect(logits?.dims).toEqual([1, 1000]);
    const data = logits?.data as Float32Array;
    expect(data.every(Number.isFinite)).toBe(true);
    expect(Math.max(...data) - Math.min(...data)).toBeGreaterThan(0);
  });
});
