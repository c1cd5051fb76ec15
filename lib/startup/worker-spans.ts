/**
 * The inference worker's side of the startup waterfall: it notes when each part of its start began
 * and ended (its own clock), reads the runtime's download from Resource Timing, and hands the first
 * classification a report (lib/startup/waterfall.ts turns it into phases on the page's clock).
 * Only the first occurrence of each span counts: the first prediction is what it explains.
 */
import type { Span, WorkerSpanId, WorkerStartupReport } from "./waterfall";

const spans: Partial<Record<WorkerSpanId, Span>> = {};
let reported = false;

/** Records `span` under `id` unless one is already there. */
export function noteSpan(id: WorkerSpanId, start: number, end: number): void {
  spans[id] ??= { start, end };
}

/** The recorded span, if any (for a caller that composes a later one). */
export function spanOf(id: WorkerSpanId): Span | undefined {
  return spans[id];
}

/** Resource Timing of the runtime's .wasm (the plain build for WASM, the JSEP/asyncify one for WebGPU). */
function runtimeEntry(backend: "wasm" | "webgpu"): PerformanceResourceTiming | undefined {
  const entries = performance
    .getEntriesByType("resource")
    .filter((e): e is PerformanceResourceTiming => /ort-wasm[^/]*\.wasm(\?|$)/.test(e.name));
  const plain = (e: PerformanceResourceTiming) => /ort-wasm-simd-threaded\.wasm/.test(e.name);
  return entries.find((e) => (backend === "wasm" ? plain(e) : !plain(e))) ?? entries[0];
}

/**
 * The runtime's download (worker start → its .wasm's last byte) and start (→ `readyAt`), once the
 * runtime is up. Without a Resource Timing entry (a browser that does not expose it in workers),
 * the whole stretch is one compile-and-start span.
 */
export function noteRuntime(readyAt: number, backend: "wasm" | "webgpu" = "wasm"): void {
  const entry = runtimeEntry(backend);
  if (entry && entry.responseEnd > 0 && entry.responseEnd <= readyAt) {
    noteSpan("runtime-download", 0, entry.responseEnd);
    noteSpan("runtime-compile", entry.responseEnd, readyAt);
  } else {
    noteSpan("runtime-compile", 0, readyAt);
  }
}

export interface ReportFacts {
  readonly backend: "wasm" | "webgpu";
  readonly modelFromCache: boolean;
  readonly modelBytes: number;
  readonly warmUpRuns: number | null;
}

/** True once per worker: for the request whose prediction is the worker's first. */
export function claimFirstPrediction(): boolean {
  if (reported) return false;
  reported = true;
  return true;
}

/** The report as it stands (the warm-up span is added when the timed result goes out). */
export function currentReport(facts: ReportFacts): WorkerStartupReport {
  const entry = runtimeEntry(facts.backend);
  return {
    timeOrigin: performance.timeOrigin,
    spans: { ...spans },
    runtimeTransferBytes: entry ? entry.transferSize : null,
    runtimeBytes: entry ? entry.decodedBodySize || null : null,
    modelFromCache: facts.modelFromCache,
    modelBytes: facts.modelBytes,
    backend: facts.backend,
    warmUpRuns: facts.warmUpRuns,
  };
}
