/**
 * The page's promise API over the layer-timing worker. Each job gets a fresh worker that is ended
 * when the job ends or is stopped: a profiled WASM instance is never reused, and Stop is immediate.
 */
import type { WithoutId } from "@/lib/inference/worker-messages";
import { updatesOf, WorkerRpc } from "@/lib/inference/worker-rpc";
import type {
  LayerTimingReport,
  TimingProgress,
  TimingRequest,
  TimingResponse,
  TimingSource,
} from "./protocol";
import type { Ceilings } from "./roofline";

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
    { type: "time-layers", source, runs },
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
  return startJob({ type: "measure-ceilings", runs }, [], onProgress, (msg) =>
    msg.type === "ceilings"
      ? { ceilings: msg.ceilings, device: msg.device, jobMs: msg.jobMs }
      : null,
  );
}

function startJob<T>(
  request: WithoutId<TimingRequest>,
  transfer: Transferable[],
  onProgress: (p: TimingProgress) => void,
  answer: (msg: TimingResponse) => T | null,
): TimingJob<T> {
  const worker = new Worker(new URL("./layer-timing.worker.ts", import.meta.url), {
    type: "module",
    name: "layer-timing",
  });
  const rpc = new WorkerRpc<TimingRequest, TimingResponse>(worker, {
    label: "the layer-timing worker",
    timeoutMs: TIMEOUT_MS,
  });
  const progress = updatesOf<TimingResponse, "progress">("progress", (m) => onProgress(m.progress));
  const result = rpc
    .request(request, progress, transfer)
    .then((msg) => {
      const value = answer(msg);
      if (value === null) throw rpc.unexpected(msg);
      return value;
    })
    .finally(() => rpc.terminate());
  return { result, stop: () => rpc.terminate(new StoppedError()) };
}
