import type { OnnxAttribute, OnnxNode } from "@/lib/onnx/onnx-proto";

function find(node: OnnxNode, name: string): OnnxAttribute | undefined {
  return node.attribute.find((a) => a.name === name);
}

/** An INT attribute (protobuf drops zero values, so a present attribute without `i` is 0). */
export function intAttr(node: OnnxNode, name: string, fallback: number): number {
  const a = find(node, name);
  return a ? (a.i ?? 0) : fallback;
}

export function intsAttr(node: OnnxNode, name: string): readonly number[] | undefined {
  const a = find(node, name);
  return a ? (a.ints ?? []) : undefined;
}

export function floatAttr(node: OnnxNode, name: string, fallback: number): number {
  const a = find(node, name);
  return a ? (a.f ?? 0) : fallback;
}

export function stringAttr(node: OnnxNode, name: string, fallback: string): string {
  const s = find(node, name)?.s;
  return s ? new TextDecoder().decode(s) : fallback;
}

export function tensorAttr(node: OnnxNode, name: string) {
  return find(node, name)?.t;
}
