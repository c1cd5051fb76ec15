/**
 * Writes a message as protobuf bytes by walking a protobufjs JSON descriptor at run time. protobufjs'
 * own `Type.encode` compiles an encoder with `new Function`, which the site's Content-Security-Policy
 * forbids (no 'unsafe-eval'); this interpreter writes the same bytes with the eval-free minimal
 * Writer, following the rules protobufjs applies to a JSON descriptor without an edition: a scalar
 * equal to its default (0, "", empty bytes) is not written, repeated numbers are packed, repeated
 * strings and messages are not, and fields go in id order. A unit test pins byte equality.
 */
import { Writer } from "protobufjs/minimal";

export interface FieldDescriptor {
  readonly type: string;
  readonly id: number;
  readonly rule?: "repeated";
}

export interface MessageDescriptor {
  readonly fields: Readonly<Record<string, FieldDescriptor>>;
  readonly nested?: Readonly<Record<string, MessageDescriptor>>;
}

type Scalar = "int32" | "int64" | "float" | "string" | "bytes";

const WIRE_TYPE: Readonly<Record<Scalar, number>> = {
  int32: 0,
  int64: 0,
  float: 5,
  string: 2,
  bytes: 2,
};

function isScalar(type: string): type is Scalar {
  return type in WIRE_TYPE;
}

function isDefault(type: Scalar, value: unknown): boolean {
  if (type === "string") return value === "";
  if (type === "bytes") return (value as Uint8Array).byteLength === 0;
  return Object.is(Number(value), 0);
}

function writeScalar(w: Writer, type: Scalar, value: unknown): void {
  switch (type) {
    case "int32":
      w.int32(Number(value));
      return;
    case "int64":
      w.int64(Number(value));
      return;
    case "float":
      w.float(Number(value));
      return;
    case "string":
      w.string(String(value));
      return;
    case "bytes":
      w.bytes(value as Uint8Array);
      return;
  }
}

/** A message type named in a field: first among the enclosing message's nested types, then top level. */
export function resolveMessageType(
  name: string,
  scope: MessageDescriptor,
  types: Readonly<Record<string, MessageDescriptor>>,
): MessageDescriptor {
  const found = scope.nested?.[name] ?? types[name];
  if (!found) throw new Error(`protobuf: unknown message type ${name}`);
  return found;
}

function writeMessage(
  w: Writer,
  message: MessageDescriptor,
  value: Readonly<Record<string, unknown>>,
  types: Readonly<Record<string, MessageDescriptor>>,
): void {
  const fields = Object.entries(message.fields).sort(([, a], [, b]) => a.id - b.id);
  for (const [name, field] of fields) {
    const v = value[name];
    if (v === undefined || v === null) continue;
    const repeated = field.rule === "repeated";
    const items = repeated ? (v as readonly unknown[]) : [v];
    if (items.length === 0) continue;
    if (!repeated && isScalar(field.type) && isDefault(field.type, v)) continue;
    if (repeated && isScalar(field.type) && WIRE_TYPE[field.type] !== 2) {
      w.uint32((field.id << 3) | 2).fork();
      for (const item of items) writeScalar(w, field.type, item);
      w.ldelim();
      continue;
    }
    for (const item of items) {
      if (isScalar(field.type)) {
        w.uint32((field.id << 3) | WIRE_TYPE[field.type]);
        writeScalar(w, field.type, item);
      } else {
        w.uint32((field.id << 3) | 2).fork();
        const inner = resolveMessageType(field.type, message, types);
        writeMessage(w, inner, item as Readonly<Record<string, unknown>>, types);
        w.ldelim();
      }
    }
  }
}

/** Encodes `value` as the message `typeName` of the namespace `types` (a descriptor's `nested`). */
export function encodeMessage(
  types: Readonly<Record<string, MessageDescriptor>>,
  typeName: string,
  value: object,
): Uint8Array {
  const w = Writer.create();
  writeMessage(
    w,
    resolveMessageType(typeName, { fields: {} }, types),
    value as Record<string, unknown>,
    types,
  );
  return w.finish();
}
