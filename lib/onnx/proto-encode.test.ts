import { Root } from "protobufjs/light";
import { describe, expect, test } from "vitest";
import { MODEL_IDS } from "@/lib/arch/models";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { buildOnnxGraph } from "./build-onnx-model";
import { ONNX_DESCRIPTOR, encodeModel } from "./onnx-proto";

/**
 * The eval-free encoder must write exactly the bytes protobufjs' compiled encoder writes, for every
 * MobileNet graph the lab builds (int64 dims, packed floats, raw bytes, nested shapes, attributes).
 */
const MODEL_PROTO = Root.fromJSON(ONNX_DESCRIPTOR).lookupType("onnx.ModelProto");

describe("encodeModel (descriptor-driven, no codegen)", () => {
  test.each(MODEL_IDS)("%s at α 0.5, 96 px: byte-identical to protobufjs", (id) => {
    const { model: graph } = buildOnnxGraph(resolveNetwork(id, { alpha: 0.5, resolution: 96 }), 1);
    const reference = MODEL_PROTO.encode(MODEL_PROTO.fromObject(graph)).finish();
    const ours = encodeModel(graph);
    expect(ours.byteLength).toBe(reference.byteLength);
    expect(Buffer.from(ours).equals(Buffer.from(reference))).toBe(true);
  });
});
