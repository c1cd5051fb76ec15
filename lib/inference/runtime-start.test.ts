import * as ort from "onnxruntime-web";
import { expect, test } from "vitest";
import { GraphBuilder } from "@/lib/onnx/graph-builder";
import { encodeModel } from "@/lib/onnx/onnx-proto";
import { TINY_MODEL } from "./runtime-start";

test("the runtime-start graph is y = Relu(x), as lib/onnx builds it, and runs", async () => {
  const b = new GraphBuilder(1);
  b.node("Relu", "y", ["x"], "other");
  const built = encodeModel(b.toModel({ name: "x", dims: [1] }, { name: "y", dims: [1] }, ""));
  expect(Array.from(TINY_MODEL)).toEqual(Array.from(built));
  ort.env.wasm.numThreads = 1;
  const session = await ort.InferenceSession.create(TINY_MODEL, { executionProviders: ["wasm"] });
  const out = await session.run({ x: new ort.Tensor("float32", new Float32Array([-2]), [1]) });
  expect(Array.from(out.y?.data as Float32Array)).toEqual([0]);
  await session.release();
});
