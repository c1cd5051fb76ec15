/**
 * The page's promise API over the lab workers: request ids, stage callbacks, a timeout, and a crashed
 * worker turned into an error for every pending request. Two instances of the same worker script:
 * one only times, the other only profiles and is closed after each grid. A profiled onnxruntime-web
 * session leaves its WASM instance slower for every later session (measured: the built V2 read
 * 52–58 ms after a profiled point against 15–16 ms without, beside classify's 15–18 ms), so
 * profiling next to timing made the lab's numbers 2–3× too slow and drift from run to run.
 */
import { duringTiming } from "@/lib/inference/timing-activity";
import type { ModelId } from "@/lib/arch/types";
import type { LabJob } from "./lab-grid";
import type { LabEnv, LabRequest, LabResponse, LabStage, MeasureOptions } from "./lab-protocol";
import type { Measurement } from "./measurement";

/** Generous: building plus a first WebGPU run of a large model on a software adapter can take minutes. */
const TIMEOUT_MS = 10 * 60_000;

interface Pending {
  readonly resolve: (msg: LabResponse) => void;
  readonly reject: (err: Error) => void;
  readonly onStage?: (stage: LabStage) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

type Payload = LabRequest extends infer R ? (R extends LabRequest ? Omit<R, "id"> : never) : never;

function unexpected(msg: LabResponse): Error {
  return new Error(`Unexpected reply "${msg.type}" from the lab worker.`);
}

export class LabClient {
  private readonly worker: Worker;
  private profiler: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker = this.spawn("latency-lab");
  }

  private spawn(name: string): Worker {
    const worker = new Worker(new URL("./lab.worker.ts", import.meta.url), {
      type: "module",
      name,
    });
    worker.onmessage = (e: MessageEvent<LabResponse>) => this.receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      this.failAll(
        new Error(
          `The lab worker stopped (${e.message || "it could not start"}). Reload the page to try again.`,
        ),
      );
    };
    return worker;
  }

  probe(): Promise<LabEnv> {
    return this.send(this.worker, { type: "probe" }).then((m) =>
      m.type === "probe" ? m.env : Promise.reject(unexpected(m)),
    );
  }

  /** Times a point in the timing worker, then (WASM, if asked) profiles it in the profiling worker. */
  async measure(
    job: LabJob,
    options: MeasureOptions,
    onStage?: (stage: LabStage) => void,
  ): Promise<Measurement> {
    const m = await duringTiming(() =>
      this.send(this.worker, { type: "measure", job, runs: options.runs }, onStage),
    );
    if (m.type !== "measured") throw unexpected(m);
    if (!options.profile || job.backend !== "wasm") return m.measurement;
    onStage?.("profiling");
    this.profiler ??= this.spawn("latency-lab-profiler");
    const p = await this.send(this.profiler, { type: "profile", job });
    if (p.type !== "profiled") throw unexpected(p);
    return { ...m.measurement, opSplit: p.opSplit };
  }

  /** Ends the profiling worker (and the slowed WASM instance with it); the next profile starts a fresh one. */
  closeProfiler(): void {
    this.profiler?.terminate();
    this.profiler = null;
  }

  /** The .onnx file of a graph (rebuilt in the worker: the build is deterministic). */
  exportOnnx(
    model: ModelId,
    alpha: number,
    resolution: number,
  ): Promise<{ bytes: ArrayBuffer; fileName: string }> {
    return this.send(this.worker, { type: "export", model, alpha, resolution }).then((m) =>
      m.type === "exported"
        ? { bytes: m.bytes, fileName: m.fileName }
        : Promise.reject(unexpected(m)),
    );
  }

  terminate(): void {
    this.worker.terminate();
    this.closeProfiler();
    this.failAll(new Error("The lab worker was closed."));
  }

  private send(
    worker: Worker,
    payload: Payload,
    onStage?: (stage: LabStage) => void,
  ): Promise<LabResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error("The lab worker did not answer within 10 minutes."));
      }, TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, onStage, timer });
      worker.postMessage({ ...payload, id } as LabRequest);
    });
  }

  private receive(msg: LabResponse): void {
    const pending = this.pending.get(msg.id);
    if (!pending) return;
    if (msg.type === "stage") {
      pending.onStage?.(msg.stage);
      return;
    }
    clearTimeout(pending.timer);
    this.pending.delete(msg.id);
    if (msg.type === "error") pending.reject(new Error(msg.message));
    else pending.resolve(msg);
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
  }
}
