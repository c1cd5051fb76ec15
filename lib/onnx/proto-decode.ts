/**
 * Reads protobuf bytes into plain objects by walking a protobufjs JSON descriptor at run time — the
 * eval-free twin of proto-encode.ts, for the browser, where the site's CSP forbids the `new Function`
 * decoders protobufjs compiles. Output as protobufjs' `toObject(…, { longs: Number, arrays: true,
 * defaults: false })`: repeated fields always arrays, absent (or default-valued) scalars and absent
 * messages left out, int64 as
 * numbers; packed and unpacked repeated numbers both read; unknown fields skipped. A unit test pins
 * equality with protobufjs. Truncated input throws protobufjs' RangeError ("index out of range").
 */
import { Reader } from "protobufjs/minimal";
import { resolveMessageType, type MessageDescriptor } from "./proto-encode";

type Scalar = "int32" | "int64" | "float" | "string" | "bytes";
const SCALARS = new Set<string>(["int32", "int64", "float", "string", "bytes"]);

function readScalar(r: Reader, type: Scalar): unknown {
  switch (type) {
    case "int32":
      return r.int32();
    case "int64": {
      const v: unknown = r.int64();
      return typeof v === "number" ? v : (v as { toNumber(): number }).toNumber();
    }
    case "float":
      return r.float();
    case "string":
      return r.string();
    case "bytes":
      return r.bytes();
  }
}

function isDefault(v: unknown): boolean {
  if (typeof v === "number") return Object.is(v, 0);
  if (typeof v === "string") return v === "";
  return v instanceof Uint8Array && v.length === 0;
}

function readMessage(
  r: Reader,
  end: number,
  message: MessageDescriptor,
  types: Readonly<Record<string, MessageDescriptor>>,
): Record<string, unknown> {
  const byId = new Map(Object.entries(message.fields).map(([name, f]) => [f.id, { name, ...f }]));
  const out: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(message.fields)) if (f.rule === "repeated") out[name] = [];
  while (r.pos < end) {
    const tag = r.uint32();
    const field = byId.get(tag >>> 3);
    const wireType = tag & 7;
    if (!field) {
      r.skipType(wireType);
      continue;
    }
    const repeated = field.rule === "repeated";
    const put = (v: unknown) =>
      repeated ? (out[field.name] as unknown[]).push(v) : (out[field.name] = v);
    if (SCALARS.has(field.type)) {
      const type = field.type as Scalar;
      if (repeated && wireType === 2 && type !== "string" && type !== "bytes") {
        const stop = r.uint32() + r.pos;
        while (r.pos < stop) put(readScalar(r, type));
      } else if (repeated) put(readScalar(r, type));
      else {
        // As protobufjs' toObject: a scalar equal to its default reads as absent.
        const v = readScalar(r, type);
        if (isDefault(v)) delete out[field.name];
        else out[field.name] = v;
      }
    } else {
      const length = r.uint32();
      put(readMessage(r, r.pos + length, resolveMessageType(field.type, message, types), types));
    }
  }
  if (r.pos > end) throw RangeError("index out of range");
  return out;
}

/** Decodes `bytes` as the message `typeName` of the namespace `types` (a descriptor's `nested`). */
export function decodeMessage(
  types: Readonly<Record<string, MessageDescriptor>>,
  typeName: string,
  bytes: Uint8Array,
): Record<string, unknown> {
  const r = Reader.create(bytes);
  return readMessage(r, r.len, resolveMessageType(typeName, { fields: {} }, types), types);
}
