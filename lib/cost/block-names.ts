import type { BlockSpec } from "../arch/types";

/**
 * Stable block names, the prefixes of layer paths: "stem" (first block), "block1"… (the body, counted from 1),
 * "head" (the conv right before global pooling), "pool", "prelogits" (a conv between pooling and the
 * classifier: V3's NBN 1280/1024, V4's 1280) and "classifier" (the last FC).
 */
export function blockNames(blocks: readonly BlockSpec[]): string[] {
  const poolIndex = blocks.findIndex((b) => b.kind === "globalPool");
  let body = 0;
  return blocks.map((block, i) => {
    if (i === 0) return "stem";
    if (i === blocks.length - 1 && block.kind === "fc") return "classifier";
    if (block.kind === "globalPool") return "pool";
    if (poolIndex >= 0 && i > poolIndex) return "prelogits";
    if (i === poolIndex - 1 && block.kind === "conv") return "head";
    body += 1;
    return `block${body}`;
  });
}

/** Index of the network's very last conv block (V2+: kept at full width for α < 1), or -1. */
export function lastConvIndex(blocks: readonly BlockSpec[]): number {
  return blocks.findLastIndex((b) => b.kind === "conv");
}
