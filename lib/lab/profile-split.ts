import type { NodeCategory } from "@/lib/onnx/graph-builder";
import type { OpSplit } from "./measurement";

/** One event of ORT's Chrome-trace profile (what onnxruntime-web's WASM build prints, one per line). */
interface TraceEvent {
  readonly cat: string;
  readonly name: string;
  /** Microseconds since session start. */
  readonly ts: number;
  /** Microseconds. */
  readonly dur: number;
}

function parseEvent(line: string): TraceEvent | null {
  const text = line.trim().replace(/,$/, "");
  if (!text.startsWith("{")) return null;
  try {
    const e = JSON.parse(text) as Partial<TraceEvent>;
    if (typeof e.cat !== "string" || typeof e.name !== "string") return null;
    if (typeof e.ts !== "number" || typeof e.dur !== "number") return null;
    return { cat: e.cat, name: e.name, ts: e.ts, dur: e.dur };
  } catch {
    return null;
  }
}

/**
 * Kernel time per op category in the last `model_run` of an ORT profile. Node events are named
 * "<node>_kernel_time"; fused kernels keep the name of the conv they absorbed ("block3/expand"), so they
 * are booked to that conv's category. Nodes ORT created itself (e.g. "HardSigmoid_12" from splitting
 * HardSwish) are unknown to the graph builder and go to "other". Returns null when no run was profiled.
 */
export function splitProfile(
  lines: readonly string[],
  categories: ReadonlyMap<string, NodeCategory>,
): OpSplit | null {
  const events = lines.map(parseEvent).filter((e): e is TraceEvent => e !== null);
  const run = events.filter((e) => e.cat === "Session" && e.name === "model_run").at(-1);
  if (!run) return null;
  const split: Partial<Record<NodeCategory, number>> = {};
  for (const e of events) {
    if (e.cat !== "Node" || e.ts < run.ts || e.ts > run.ts + run.dur) continue;
    const node = e.name.replace(/_kernel_time$/, "");
    const category = categories.get(node) ?? "other";
    split[category] = (split[category] ?? 0) + e.dur / 1000;
  }
  return split;
}
