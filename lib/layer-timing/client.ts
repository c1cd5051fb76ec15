/**
 * The page's promise API over the layer-timing worker. Each job gets a fresh worker that is ended
 * when the job ends or is stopped: a profiled WASM instance is never reused, and Stop is immediate.
 */
import type { LayerTimingReport, TimingProgress, TimingSource } from "./protocol";
import type { Ceilings } from "./roofline";
import type { TimingRequest, TimingResponse } from "./protocol";

/** Profiled runs kept after warm-up (two halves of 5 for the share check). */
export const PROFILED_RUNS = 10;

/** Generous: a large file on a slow phone; the page shows progress all along and can stop it. */
const TIMEOUT_MS = 5 * 60_000;

export class StoppedError extends Error {
  constructor() {
    super("Stopped.");
    this.name = "StoppedError";
  }
}

export interface TimingJob<T> {
  readonly result: Promise<T>;
  /** Ends the worker now; `result` rejects with StoppedError. */
  readonly stop: () => void;
}

export interface CeilingsResult {
  readonly ceilings: Ceilings;
  readonly device: string;
  readonly jobMs: number;
}

/** Times every layer of a model or file, with the ceilings, in a fresh worker. */
export function timeLayers(
  source: TimingSource,
  onProgress: (p: TimingProgress) => void,
  runs = PROFILED_RUNS,
): TimingJob<LayerTimingReport> {
  return startJob(
    { type: "time-layers", id: 1, source, runs },
    source.kind === "file" ? [source.bytes] : [],
    onProgress,
    (msg) => (msg.type === "timed" ? msg.report : null),
  );
}

/** This device's two roofline ceilings alone, in a fresh worker (a few seconds). */
export function measureCeilings(
  onProgress: (p: TimingProgress) => void,
  runs = PROFILED_RUNS,
): TimingJob<CeilingsResult> {
  return startJob({ type: "measure-ceilings", id: 1, runs }, [], onProgress, (msg) =>
    msg.type === "ceilings"
      ? { ceilings: msg.ceilings, device: msg.device, jobMs: msg.jobMs }
      : null,
  );
}

function startJob<T>(
  request: TimingRequest,
  transfer: Transferable[],
  onProgress: (p: TimingProgress) => void,
  answer: (msg: TimingResponse) => T | null,
): TimingJob<T> {
  const worker = new Worker(new URL("./layer-timing.worker.ts", import.meta.url), {
    type: "module",
    name: "layer-timing",
  });
  let settle: { resolve: (r: T) => void; reject: (e: Error) => void } | null = null;
  const result = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const timer = setTimeout(
    () => finish(new Error("Timing the layers took more than 5 minutes; stopped.")),
    TIMEOUT_MS,
  );
  function finish(outcome: { value: T } | Error): void {
    clearTimeout(timer);
    worker.terminate();
    const s = settle;
    settle = null;
    if (!s) return;
    if (outcome instanceof Error) s.reject(outcome);
    else s.resolve(outcome.value);
  }
  worker.onmessage = (e: MessageEvent<TimingResponse>) => {
    const msg = e.data;
    if (msg.type === "progress") return onProgress(msg.progress);
    if (msg.type === "error") return finish(new Error(msg.message));
    const value = answer(msg);
    finish(value === null ? new Error(`Unexpected reply "${msg.type}".`) : { value });
  };
  worker.onerror = (e) => {
    e.preventDefault();
    finish(new Error(`The layer-timing worker stopped (${e.message || "it could not start"}).`));
  };
  worker.postMessage(request, transfer);
  return { result, stop: () => finish(new StoppedError()) };
}
