/**
 * Reads the bytes of a .onnx file into the ModelProto object tree (protobufjs, lib/onnx/onnx-proto), and
 * refuses what cannot be analysed with one sentence: not ONNX, truncated, weights in external files, or an
 * operator set this page does not know.
 */
import type { OnnxModel } from "@/lib/onnx/onnx-proto";
import { decodeModel } from "@/lib/onnx/onnx-proto";
import { ModelFileError } from "./model-file-error";

/** The default ("ai.onnx") opsets the page reads; onnxruntime-web runs opset 7 and newer. */
export const MIN_OPSET = 7;
export const MAX_OPSET = 23;

/** ModelProto.ir_version values in the wild: 3 (2017) … 11 (2025). */
const MAX_IR_VERSION = 12;

/** Field 1 (ir_version) as a varint: the first byte of every ONNX file written by onnx/protobuf. */
const IR_VERSION_TAG = 0x08;

function decodeOrExplain(bytes: Uint8Array): OnnxModel {
  try {
    return decodeModel(bytes);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // protobufjs reports reading past the end as "index out of range"; a file that starts like ONNX
    // and runs out was cut short, anything else is not protobuf at all.
    if (bytes[0] === IR_VERSION_TAG && /index out of range/i.test(message)) {
      throw new ModelFileError(
        "truncated",
        "This ONNX file is truncated: it ends in the middle of the model, download it again.",
      );
    }
    throw new ModelFileError("not-onnx", "This is not an ONNX model file.");
  }
}

/** The version of the default-domain operator set the model imports. */
export function defaultOpset(model: OnnxModel): number | undefined {
  return model.opsetImport.find((o) => !o.domain || o.domain === "ai.onnx")?.version;
}

function hasExternalData(model: OnnxModel): boolean {
  return model.graph.initializer.some(
    (t) => t.dataLocation === 1 || (t.externalData?.length ?? 0) > 0,
  );
}

export function readModel(bytes: Uint8Array): OnnxModel {
  if (bytes.byteLength === 0) throw new ModelFileError("not-onnx", "This file is empty.");
  const model = decodeOrExplain(bytes);
  const ir = model.irVersion ?? 0;
  if (!model.graph || ir < 1 || ir > MAX_IR_VERSION || model.graph.node.length === 0) {
    if (bytes[0] === IR_VERSION_TAG && model.graph && model.graph.node.length === 0 && ir >= 1)
      throw new ModelFileError("no-graph", "This ONNX file has an empty graph (no operators).");
    throw new ModelFileError("not-onnx", "This is not an ONNX model file.");
  }
  if (hasExternalData(model)) {
    throw new ModelFileError(
      "external-data",
      "This model keeps its weights in separate external-data files; export it with the weights inside the .onnx file.",
    );
  }
  const opset = defaultOpset(model);
  if (opset === undefined || opset < MIN_OPSET || opset > MAX_OPSET) {
    throw new ModelFileError(
      "opset",
      `This model uses ONNX opset ${opset ?? "(none)"}; the page reads opsets ${MIN_OPSET} to ${MAX_OPSET}.`,
    );
  }
  return model;
}
