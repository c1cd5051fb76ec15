// Minimal subset of onnx.proto (field numbers from onnx/onnx.proto3) so scripts can read and
// rewrite models with protobufjs alone: no Python/onnx package on this machine.
import protobuf from "protobufjs";

const PROTO = `
syntax = "proto3";
package onnx;
message AttributeProto {
  string name = 1; string ref_attr_name = 21; string doc_string = 13; int32 type = 20;
  float f = 2; int64 i = 3; bytes s = 4; TensorProto t = 5; GraphProto g = 6;
  repeated float floats = 7; repeated int64 ints = 8; repeated bytes strings = 9;
  repeated TensorProto tensors = 10; repeated GraphProto graphs = 11;
}
message ValueInfoProto { string name = 1; TypeProto type = 2; string doc_string = 3; }
message NodeProto {
  repeated string input = 1; repeated string output = 2; string name = 3; string op_type = 4;
  string domain = 7; repeated AttributeProto attribute = 5; string doc_string = 6;
}
message StringStringEntryProto { string key = 1; string value = 2; }
message OperatorSetIdProto { string domain = 1; int64 version = 2; }
message ModelProto {
  int64 ir_version = 1; repeated OperatorSetIdProto opset_import = 8; string producer_name = 2;
  string producer_version = 3; string domain = 4; int64 model_version = 5; string doc_string = 6;
  GraphProto graph = 7; repeated StringStringEntryProto metadata_props = 14;
}
message TensorShapeProto {
  message Dimension { oneof value { int64 dim_value = 1; string dim_param = 2; } string denotation = 3; }
  repeated Dimension dim = 1;
}
message TypeProto {
  message Tensor { int32 elem_type = 1; TensorShapeProto shape = 2; }
  oneof value { Tensor tensor_type = 1; }
  string denotation = 6;
}
message TensorProto {
  repeated int64 dims = 1; int32 data_type = 2; repeated float float_data = 4 [packed = true];
  repeated int32 int32_data = 5 [packed = true]; repeated bytes string_data = 6;
  repeated int64 int64_data = 7 [packed = true]; string name = 8; string doc_string = 12; bytes raw_data = 9;
  repeated double double_data = 10 [packed = true];
  repeated StringStringEntryProto external_data = 13; int32 data_location = 14;
}
message GraphProto {
  repeated NodeProto node = 1; string name = 2; repeated TensorProto initializer = 5;
  string doc_string = 10; repeated ValueInfoProto input = 11; repeated ValueInfoProto output = 12;
  repeated ValueInfoProto value_info = 13;
}
`;

const root = protobuf.parse(PROTO, { keepCase: true }).root;
export const ModelProto = root.lookupType("onnx.ModelProto");

/** TensorProto.DataType values used here. */
export const FLOAT = 1;
export const INT64 = 7;

/** Decode a model file's bytes into a plain JS object (int64 as Number; safe for shapes/attrs). */
export function decodeModel(bytes) {
  const msg = ModelProto.decode(bytes);
  return ModelProto.toObject(msg, {
    longs: Number,
    bytes: Uint8Array,
    defaults: true,
    arrays: true,
  });
}

export function encodeModel(obj) {
  return ModelProto.encode(ModelProto.fromObject(obj)).finish();
}

/** Float32 contents of an initializer, whether stored as raw_data or float_data. */
export function floatData(t) {
  if (t.data_type !== FLOAT) throw new Error(`${t.name}: expected float, got type ${t.data_type}`);
  if (t.raw_data && t.raw_data.length) {
    const copy = new Uint8Array(t.raw_data); // copy: raw_data may be unaligned inside the file buffer
    return new Float32Array(copy.buffer, 0, copy.length / 4);
  }
  return Float32Array.from(t.float_data);
}

/** Integer contents of an int64 initializer (shape constants etc.). */
export function int64Data(t) {
  if (t.raw_data && t.raw_data.length) {
    const copy = new Uint8Array(t.raw_data);
    return Array.from(new BigInt64Array(copy.buffer, 0, copy.length / 8), Number);
  }
  return t.int64_data.map(Number);
}

export function attr(node, name, fallback) {
  const a = node.attribute.find((x) => x.name === name);
  if (!a) return fallback;
  switch (a.type) {
    case 1:
      return a.f;
    case 2:
      return Number(a.i);
    case 3:
      return new TextDecoder().decode(a.s);
    case 6:
      return a.floats;
    case 7:
      return a.ints.map(Number);
    default:
      return a;
  }
}
