import type { OnnxTensor } from "@/lib/onnx/onnx-proto";
import { elementCount } from "@/lib/onnx/onnx-proto";

/** TensorProto.DataType codes this module reads or names. */
export const ONNX_TYPES = {
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  UINT16: 4,
  INT16: 5,
  INT32: 6,
  INT64: 7,
  STRING: 8,
  BOOL: 9,
  FLOAT16: 10,
  DOUBLE: 11,
  UINT32: 12,
  UINT64: 13,
  BFLOAT16: 16,
} as const;

/** Integer tensors of these types describe shapes, indices and axes, never learned weights. */
const INDEX_TYPES: ReadonlySet<number> = new Set([
  ONNX_TYPES.INT32,
  ONNX_TYPES.INT64,
  ONNX_TYPES.UINT32,
  ONNX_TYPES.UINT64,
  ONNX_TYPES.BOOL,
  ONNX_TYPES.STRING,
]);

/** True for tensors that can hold learned values (floats and quantized 8/16-bit weights). */
export function isLearnableType(dataType: number): boolean {
  return !INDEX_TYPES.has(dataType);
}

/** Constants up to this many elements are decoded (shapes, pads, scales); weights are never decoded. */
export const MAX_DECODED_ELEMENTS = 4096;

function rawValues(t: OnnxTensor, raw: Uint8Array, count: number): number[] | undefined {
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const read: Record<number, [number, (offset: number) => number]> = {
    [ONNX_TYPES.FLOAT]: [4, (o) => view.getFloat32(o, true)],
    [ONNX_TYPES.DOUBLE]: [8, (o) => view.getFloat64(o, true)],
    [ONNX_TYPES.INT64]: [8, (o) => Number(view.getBigInt64(o, true))],
    [ONNX_TYPES.UINT64]: [8, (o) => Number(view.getBigUint64(o, true))],
    [ONNX_TYPES.INT32]: [4, (o) => view.getInt32(o, true)],
    [ONNX_TYPES.UINT32]: [4, (o) => view.getUint32(o, true)],
    [ONNX_TYPES.INT8]: [1, (o) => view.getInt8(o)],
    [ONNX_TYPES.UINT8]: [1, (o) => view.getUint8(o)],
    [ONNX_TYPES.BOOL]: [1, (o) => view.getUint8(o)],
  };
  const reader = read[t.dataType];
  if (!reader || raw.byteLength < reader[0] * count) return undefined;
  const [size, get] = reader;
  return Array.from({ length: count }, (_, i) => get(i * size));
}

/**
 * The values of a small constant tensor (int64 shapes, float scales), or undefined when it is large,
 * external or of a type not decoded here. int64 values beyond 2^53 lose precision (never a real shape).
 */
export function tensorValues(t: OnnxTensor): readonly number[] | undefined {
  const count = elementCount(t.dims);
  if (count > MAX_DECODED_ELEMENTS || t.dataLocation === 1) return undefined;
  if (t.rawData && t.rawData.byteLength > 0) return rawValues(t, t.rawData, count);
  if (t.int64Data && t.int64Data.length === count) return t.int64Data;
  if (t.int32Data && t.int32Data.length === count) return t.int32Data;
  if (t.floatData && t.floatData.length === count) return t.floatData;
  return count === 0 ? [] : undefined;
}
