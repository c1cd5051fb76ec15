import type { LayerCost, OpKind, ResolvedBlock } from "@/lib/arch/types";

/**
 * Walks a resolved block's cost rows in order. The block's spec decides which rows must come next
 * (structure); each row supplies its shapes, kernel, stride and groups. A mismatch between the two
 * throws, so an engine change that the builder does not know about fails loudly, not silently.
 */
export class LayerCursor {
  private next = 0;

  constructor(private readonly block: ResolvedBlock) {}

  /** The next row, which must have op kind `op`. */
  take(op: OpKind): LayerCost {
    const layer = this.block.layers[this.next];
    if (!layer || layer.op !== op) {
      throw new Error(
        `${this.block.name}: expected a ${op} row at position ${this.next}, found ${layer ? `${layer.op} (${layer.path})` : "none"}.`,
      );
    }
    this.next += 1;
    return layer;
  }

  /** Asserts that every row was emitted. */
  finish(): void {
    if (this.next !== this.block.layers.length) {
      throw new Error(
        `${this.block.name}: ${this.block.layers.length - this.next} cost rows were not emitted.`,
      );
    }
  }
}
