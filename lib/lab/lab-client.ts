/**
 * The page's promise API over the lab workers: request ids, stage callbacks, a timeout, and a crashed
 * worker turned into an error for every pending request. Two instances of the same worker script:
 * one only times, the other only profiles and is closed after each grid. A profiled onnxruntime-web
 * session leaves its WASM instance slower for every later session (measured: the built V2 read
 * 52–58 ms after a profiled point against 15–16 ms without, beside classify's 15–18 ms), so
 * profiling next to timing made the lab's numbers 2–3× too slow and drift from run to run.
 */
import { duringTiming } from "@/lib/inference/timing-activity";
import { updatesOf, WorkerRpc } from "@/lib/inference/worker-rpc";
import type { ModelId } from "@/lib/arch/types";
import type { LabJob } from "./lab-grid";
import type { LabEnv, LabRequest, LabResponse, LabStage, MeasureOptions } from "./lab-protocol";
import type { Measurement } from "./measurement";

type LabRpc = WorkerRpc<LabRequest, LabResponse>;

function startLabWorker(name: string): LabRpc {
  const worker = new Worker(new URL("./lab.worker.ts", import.meta.url), { type: "module", name });
  return new WorkerRpc(worker, { label: "the lab worker" });
}

export class LabClient {
  private readonly timer = startLabWorker("latency-lab");
  private profiler: LabRpc | null = null;

  probe(): Promise<LabEnv> {
    return this.timer.ask({ type: "probe" }, "probe").then((m) => m.env);
  }

  /** Times a point in the timing worker, then (WASM, if asked) profiles it in the profiling worker. */
  async measure(
    job: LabJob,
    options: MeasureOptions,
    onStage?: (stage: LabStage) => void,
  ): Promise<Measurement> {
    const m = await duringTiming(() =>
      this.timer.ask(
        { type: "measure", job, runs: options.runs },
        "measured",
        updatesOf<LabResponse, "stage">("stage", (m) => onStage?.(m.stage)),
      ),
    );
    if (!options.profile || job.backend !== "wasm") return m.measurement;
    onStage?.("profiling");
    this.profiler ??= startLabWorker("latency-lab-profiler");
    const p = await this.profiler.ask({ type: "profile", job }, "profiled");
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
    return this.timer
      .ask({ type: "export", model, alpha, resolution }, "exported")
      .then((m) => ({ bytes: m.bytes, fileName: m.fileName }));
  }

  terminate(): void {
    this.timer.terminate();
    this.closeProfiler();
  }
}
