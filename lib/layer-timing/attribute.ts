/**
 * Books each profiled kernel to a layer. ORT names a fused kernel after the conv it absorbed (Conv +
 * Clip, Conv + Add + Relu run as one "FusedConv" under the conv's name), so a kernel whose name is a
 * layer's node is that layer's time, its activation and residual included. Every other kernel — an
 * op that is not a conv or FC layer (pooling, an unfused activation, a residual add) or a node ORT
 * made itself (layout reorders, split-up ops) — goes to the remainder, which keeps its own time and
 * says what is in it: nothing is dropped.
 */
import type { ProfiledNode } from "./profile-trace";

export interface RemainderOp {
  readonly opName: string;
  readonly count: number;
  readonly ms: number;
}

export interface RunAttribution {
  /** Milliseconds per layer node (0 for a layer that ran no kernel of its own name). */
  readonly layerMs: ReadonlyMap<string, number>;
  readonly remainderMs: number;
  /** What the remainder holds, by kernel op, largest time first. */
  readonly remainderOps: readonly RemainderOp[];
}

export function attributeRun(
  nodes: readonly ProfiledNode[],
  layerNodes: readonly string[],
): RunAttribution {
  const layerMs = new Map<string, number>(layerNodes.map((n) => [n, 0]));
  const ops = new Map<string, { count: number; ms: number }>();
  let remainderMs = 0;
  for (const node of nodes) {
    const booked = layerMs.get(node.name);
    if (booked !== undefined) {
      layerMs.set(node.name, booked + node.ms);
      continue;
    }
    remainderMs += node.ms;
    const op = node.opName || "unknown";
    const o = ops.get(op) ?? { count: 0, ms: 0 };
    ops.set(op, { count: o.count + 1, ms: o.ms + node.ms });
  }
  const remainderOps = [...ops]
    .map(([opName, o]) => ({ opName, ...o }))
    .sort((a, b) => b.ms - a.ms);
  return { layerMs, remainderMs, remainderOps };
}
