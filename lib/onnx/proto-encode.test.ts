import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Root } from "protobufjs/light";
import { describe, expect, test } from "vitest";
import { MODEL_IDS } from "@/lib/arch/models";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { buildOnnxGraph } from "./build-onnx-model";
import { ONNX_DESCRIPTOR, decodeModel, encodeModel } from "./onnx-proto";

/**
 * The eval-free encoder and decoder must agree exactly with protobufjs' compiled ones: the same bytes
 * for every MobileNet graph the lab builds (int64 dims, packed floats, raw bytes, nested shapes,
 * attributes), and the same objects for those graphs and for the real installed model files.
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

const reference = (bytes: Uint8Array) =>
  MODEL_PROTO.toObject(MODEL_PROTO.decode(bytes), { longs: Number, arrays: true, defaults: false });

/** The object tree with each byte array replaced by its type, length and hash (deep-comparing MBs of bytes is slow). */
function digest(v: unknown): unknown {
  if (v instanceof Uint8Array)
    return `${v.constructor.name}:${v.length}:${createHash("sha1").update(v).digest("hex")}`;
  if (Array.isArray(v)) return v.map(digest);
  if (v && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, digest(x)]));
  return v;
}

describe("decodeModel (descriptor-driven, no codegen)", () => {
  test.each(MODEL_IDS)("%s at α 0.5, 96 px: the same objects as protobufjs", (id) => {
    const { model } = buildOnnxGraph(resolveNetwork(id, { alpha: 0.5, resolution: 96 }), 1);
    const bytes = encodeModel(model);
    expect(digest(decodeModel(bytes))).toStrictEqual(digest(reference(bytes)));
  });

  const installed = join(__dirname, "../../public/models/installed.json");
  const files = existsSync(installed)
    ? (JSON.parse(readFileSync(installed, "utf8")) as { installed: string[] }).installed
    : [];
  test.skipIf(files.length === 0)("every installed real model file: the same objects", () => {
    for (const id of files) {
      const bytes = new Uint8Array(readFileSync(join(__dirname, `../../public/models/${id}.onnx`)));
      expect(digest(decodeModel(bytes)), id).toStrictEqual(digest(reference(bytes)));
    }
  });

  test("a file cut short throws protobufjs' RangeError", () => {
    const { model } = buildOnnxGraph(resolveNetwork("v2", { alpha: 0.35, resolution: 96 }), 1);
    const bytes = encodeModel(model);
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 1000))).toThrow(/index out of range/);
  });
});
