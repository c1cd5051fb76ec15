import { profiledRuns } from "@/lib/layer-timing/profile-trace";
import type { NodeCategory } from "@/lib/onnx/graph-builder";
import type { OpSplit } from "./measurement";

/**
 * Kernel time per op category in the last `model_run` of an ORT profile. Fused kernels keep the
 * name of the conv they absorbed ("block3/expand"), so they are booked to that conv's category.
 * Nodes ORT created itself (e.g. "HardSigmoid_12" from splitting HardSwish) are unknown to the graph
 * builder and go to "other". Returns null when no run was profiled.
 */
export function splitProfile(
  lines: readonly string[],
  categories: ReadonlyMap<string, NodeCategory>,
): OpSplit | null {
  const run = profiledRuns(lines).at(-1);
  if (!run) return null;
  const split: Partial<Record<NodeCategory, number>> = {};
  for (const node of run.nodes) {
    const category = categories.get(node.name) ?? "other";
    split[category] = (split[category] ?? 0) + node.ms;
  }
  return split;
}
