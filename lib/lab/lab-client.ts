/**
 * The page's promise API over the lab worker: request ids, stage callbacks, a timeout, and a crashed
 * worker turned into an error for every pending request.
 */
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
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL("./lab.worker.ts", import.meta.url), {
      type: "module",
      name: "latency-lab",
    });
    this.worker.onmessage = (e: MessageEvent<LabResponse>) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.failAll(
        new Error(
          `The lab worker stopped (${e.message || "it could not start"}). Reload the page to try again.`,
        ),
      );
    };
  }

  probe(): Promise<LabEnv> {
    return this.send({ type: "probe" }).then((m) =>
      m.type === "probe" ? m.env : Promise.reject(unexpected(m)),
    );
  }

  measure(
    job: LabJob,
    options: MeasureOptions,
    onStage?: (stage: LabStage) => void,
  ): Promise<Measurement> {
    return this.send({ type: "measure", job, options }, onStage).then((m) =>
      m.type === "measured" ? m.measurement : Promise.reject(unexpected(m)),
    );
  }

  /** The .onnx file of a graph (rebuilt in the worker: the build is deterministic). */
  exportOnnx(
    model: ModelId,
    alpha: number,
    resolution: number,
  ): Promise<{ bytes: ArrayBuffer; fileName: string }> {
    return this.send({ type: "export", model, alpha, resolution }).then((m) =>
      m.type === "exported"
        ? { bytes: m.bytes, fileName: m.fileName }
        : Promise.reject(unexpected(m)),
    );
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll(new Error("The lab worker was closed."));
  }

  private send(payload: Payload, onStage?: (stage: LabStage) => void): Promise<LabResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error("The lab worker did not answer within 10 minutes."));
      }, TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, onStage, timer });
      this.worker.postMessage({ ...payload, id } as LabRequest);
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
