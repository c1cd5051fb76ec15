/**
 * The subset of onnx.proto (github.com/onnx/onnx, onnx/onnx.proto, IR version 8) that the graph builder
 * writes and tests read back, as a protobufjs JSON descriptor. Field numbers are copied from onnx.proto;
 * fields we never use are left out (protobuf skips unknown fields, so real models still decode).
 */
import type { MessageDescriptor } from "./proto-encode";
import { decodeMessage } from "./proto-decode";
import { encodeMessage } from "./proto-encode";

/** TensorProto.DataType values used here. */
export const DATA_TYPE = { FLOAT: 1, UINT8: 2, INT8: 3, INT32: 6, INT64: 7, BOOL: 9 } as const;

/** AttributeProto.AttributeType values used here. */
export const ATTRIBUTE_TYPE = {
  FLOAT: 1,
  INT: 2,
  STRING: 3,
  TENSOR: 4,
  GRAPH: 5,
  FLOATS: 6,
  INTS: 7,
} as const;

export type AttributeType = (typeof ATTRIBUTE_TYPE)[keyof typeof ATTRIBUTE_TYPE];

export interface OnnxTensor {
  readonly name: string;
  readonly dims: readonly number[];
  readonly dataType: number;
  /** Little-endian element bytes (the compact encoding every runtime reads). */
  readonly rawData?: Uint8Array;
  readonly floatData?: readonly number[];
  readonly int64Data?: readonly number[];
  readonly int32Data?: readonly number[];
  /** Set (with dataLocation 1) when the values live in a separate file next to the .onnx. */
  readonly externalData?: readonly { readonly key: string; readonly value: string }[];
  readonly dataLocation?: number;
}

export interface OnnxAttribute {
  readonly name: string;
  readonly type: AttributeType;
  readonly f?: number;
  readonly i?: number;
  readonly s?: Uint8Array;
  readonly floats?: readonly number[];
  readonly ints?: readonly number[];
  /** A tensor value (the Constant op's `value`). */
  readonly t?: OnnxTensor;
  /** A subgraph (the Loop op's `body`). */
  readonly g?: OnnxGraph;
}

export interface OnnxNode {
  readonly name: string;
  readonly opType: string;
  readonly input: readonly string[];
  readonly output: readonly string[];
  readonly attribute: readonly OnnxAttribute[];
  readonly domain?: string;
}

export interface OnnxValueInfo {
  readonly name: string;
  readonly type: {
    readonly tensorType: {
      readonly elemType: number;
      readonly shape?: {
        readonly dim: readonly { readonly dimValue?: number; readonly dimParam?: string }[];
      };
    };
  };
}

export interface OnnxGraph {
  readonly name: string;
  readonly node: readonly OnnxNode[];
  readonly initializer: readonly OnnxTensor[];
  readonly input: readonly OnnxValueInfo[];
  readonly output: readonly OnnxValueInfo[];
  /** Shapes of intermediate tensors, when the exporter recorded them. */
  readonly valueInfo?: readonly OnnxValueInfo[];
}

export interface OnnxModel {
  readonly irVersion: number;
  readonly opsetImport: readonly { readonly domain: string; readonly version: number }[];
  readonly producerName: string;
  readonly producerVersion: string;
  readonly docString?: string;
  readonly graph: OnnxGraph;
  /** Free key–value pairs (a taught classifier keeps its class names here). */
  readonly metadataProps?: readonly { readonly key: string; readonly value: string }[];
}

const rep = "repeated" as const;

/** The descriptor, in protobufjs JSON form; the one place ONNX field numbers live. */
export const ONNX_DESCRIPTOR = {
  nested: {
    onnx: {
      nested: {
        AttributeProto: {
          fields: {
            name: { type: "string", id: 1 },
            f: { type: "float", id: 2 },
            i: { type: "int64", id: 3 },
            s: { type: "bytes", id: 4 },
            floats: { rule: rep, type: "float", id: 7 },
            ints: { rule: rep, type: "int64", id: 8 },
            t: { type: "TensorProto", id: 5 },
            g: { type: "GraphProto", id: 6 },
            strings: { rule: rep, type: "bytes", id: 9 },
            type: { type: "int32", id: 20 },
          },
        },
        ValueInfoProto: {
          fields: {
            name: { type: "string", id: 1 },
            type: { type: "TypeProto", id: 2 },
          },
        },
        NodeProto: {
          fields: {
            input: { rule: rep, type: "string", id: 1 },
            output: { rule: rep, type: "string", id: 2 },
            name: { type: "string", id: 3 },
            opType: { type: "string", id: 4 },
            attribute: { rule: rep, type: "AttributeProto", id: 5 },
            domain: { type: "string", id: 7 },
          },
        },
        ModelProto: {
          fields: {
            irVersion: { type: "int64", id: 1 },
            producerName: { type: "string", id: 2 },
            producerVersion: { type: "string", id: 3 },
            docString: { type: "string", id: 6 },
            graph: { type: "GraphProto", id: 7 },
            opsetImport: { rule: rep, type: "OperatorSetIdProto", id: 8 },
            metadataProps: { rule: rep, type: "StringStringEntryProto", id: 14 },
          },
        },
        GraphProto: {
          fields: {
            node: { rule: rep, type: "NodeProto", id: 1 },
            name: { type: "string", id: 2 },
            initializer: { rule: rep, type: "TensorProto", id: 5 },
            input: { rule: rep, type: "ValueInfoProto", id: 11 },
            output: { rule: rep, type: "ValueInfoProto", id: 12 },
            valueInfo: { rule: rep, type: "ValueInfoProto", id: 13 },
          },
        },
        TensorProto: {
          fields: {
            dims: { rule: rep, type: "int64", id: 1 },
            dataType: { type: "int32", id: 2 },
            floatData: { rule: rep, type: "float", id: 4, options: { packed: true } },
            int32Data: { rule: rep, type: "int32", id: 5, options: { packed: true } },
            int64Data: { rule: rep, type: "int64", id: 7, options: { packed: true } },
            name: { type: "string", id: 8 },
            rawData: { type: "bytes", id: 9 },
            externalData: { rule: rep, type: "StringStringEntryProto", id: 13 },
            dataLocation: { type: "int32", id: 14 },
          },
        },
        TensorShapeProto: {
          fields: { dim: { rule: rep, type: "Dimension", id: 1 } },
          nested: {
            Dimension: {
              fields: {
                dimValue: { type: "int64", id: 1 },
                dimParam: { type: "string", id: 2 },
              },
            },
          },
        },
        TypeProto: {
          fields: { tensorType: { type: "Tensor", id: 1 } },
          nested: {
            Tensor: {
              fields: {
                elemType: { type: "int32", id: 1 },
                shape: { type: "TensorShapeProto", id: 2 },
              },
            },
          },
        },
        StringStringEntryProto: {
          fields: {
            key: { type: "string", id: 1 },
            value: { type: "string", id: 2 },
          },
        },
        OperatorSetIdProto: {
          fields: {
            domain: { type: "string", id: 1 },
            version: { type: "int64", id: 2 },
          },
        },
      },
    },
  },
};

const ONNX_TYPES: Readonly<Record<string, MessageDescriptor>> = ONNX_DESCRIPTOR.nested.onnx.nested;

/**
 * Serializes a model to ONNX protobuf bytes (what InferenceSession.create and a .onnx file take).
 * Eval-free (see proto-encode.ts), so it runs in the lab worker under the site's CSP.
 */
export function encodeModel(model: OnnxModel): Uint8Array {
  return encodeMessage(ONNX_TYPES, "ModelProto", model);
}

/**
 * Parses ONNX bytes into plain objects (int64 as numbers; absent repeated fields as []). Eval-free
 * (see proto-decode.ts), so the /model page can read a file under the site's CSP.
 */
export function decodeModel(bytes: Uint8Array): OnnxModel {
  return decodeMessage(ONNX_TYPES, "ModelProto", bytes) as unknown as OnnxModel;
}

/** Number of elements of a tensor with the given dims (1 for a scalar). */
export function elementCount(dims: readonly number[]): number {
  return dims.reduce((a, b) => a * b, 1);
}
