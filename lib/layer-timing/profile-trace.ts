/**
 * Reads onnxruntime-web's WASM profiler output: Chrome-trace JSON, one event per line, printed when a
 * profiled session ends. Each `model_run` Session event spans one run; the Node events inside it are
 * that run's kernels, named "<node>_kernel_time" (a fused kernel keeps the name of the conv it
 * absorbed, e.g. "Conv_26" for Conv+Clip) with the kernel's op in `args.op_name` ("FusedConv").
 */

/** One kernel of one run. */
export interface ProfiledNode {
  /** The graph node's name (ORT's "_kernel_time" suffix removed). */
  readonly name: string;
  /** The kernel ORT ran ("Conv", "FusedConv", "ReduceMean"…); "" when the event does not say. */
  readonly opName: string;
  readonly ms: number;
}

/** One profiled `session.run`: its own duration and its kernels in order. */
export interface ProfiledRun {
  readonly ms: number;
  readonly nodes: readonly ProfiledNode[];
}

interface TraceEvent {
  readonly cat: string;
  readonly name: string;
  /** Microseconds since session start. */
  readonly ts: number;
  /** Microseconds. */
  readonly dur: number;
  readonly opName: string;
}

export function parseTraceLine(line: string): TraceEvent | null {
  const text = line.trim().replace(/,$/, "");
  if (!text.startsWith("{")) return null;
  try {
    const e = JSON.parse(text) as Partial<TraceEvent> & { args?: { op_name?: unknown } };
    if (typeof e.cat !== "string" || typeof e.name !== "string") return null;
    if (typeof e.ts !== "number" || typeof e.dur !== "number") return null;
    const opName = typeof e.args?.op_name === "string" ? e.args.op_name : "";
    return { cat: e.cat, name: e.name, ts: e.ts, dur: e.dur, opName };
  } catch {
    return null;
  }
}

/** Every profiled run in the trace, oldest first (warm-up runs included: callers keep the last ones). */
export function profiledRuns(lines: readonly string[]): ProfiledRun[] {
  const events = lines.map(parseTraceLine).filter((e): e is TraceEvent => e !== null);
  const runs = events.filter((e) => e.cat === "Session" && e.name === "model_run");
  const nodes = events.filter((e) => e.cat === "Node");
  return runs.map((run) => ({
    ms: run.dur / 1000,
    nodes: nodes
      .filter((e) => e.ts >= run.ts && e.ts <= run.ts + run.dur)
      .map((e) => ({
        name: e.name.replace(/_kernel_time$/, ""),
        opName: e.opName,
        ms: e.dur / 1000,
      })),
  }));
}
