/**
 * The /inside page's promise API over the inside worker: request ids, download progress, a timeout,
 * and a crashed worker turned into one clear error for every pending request.
 */
import { InferenceError } from "./errors";
import type {
  EngineRef,
  InsideRequest,
  InsideResponse,
  InsideRunResult,
  InsideSession,
  LayerDetail,
} from "./inside-protocol";
import type { BackendChoice, ModelSpec } from "./protocol";

/** Generous: a first WebGPU session on a software adapter can take many seconds. */
const TIMEOUT_MS = 10 * 60_000;

/** The worker's answer when a model's graph does not line up with the cost engine's layers. */
export class NoLayerMappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NoLayerMappingError";
  }
}

interface Pending {
  readonly resolve: (msg: InsideResponse) => void;
  readonly reject: (err: Error) => void;
  readonly onProgress?: (loaded: number, total: number | null) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

type Payload = InsideRequest extends infer R
  ? R extends InsideRequest
    ? Omit<R, "id">
    : never
  : never;

export class InsideClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL("./inside.worker.ts", import.meta.url), {
      type: "module",
      name: "inside",
    });
    this.worker.onmessage = (e: MessageEvent<InsideResponse>) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.failAll(
        new InferenceError(
          "worker-crashed",
          `The inside worker stopped (${e.message || "it could not start"}). Reload the page to try again.`,
        ),
      );
    };
  }

  open(
    model: ModelSpec,
    engine: EngineRef,
    backend: BackendChoice,
    onProgress?: (loaded: number, total: number | null) => void,
  ): Promise<InsideSession> {
    return this.send({ type: "open", model, engine, backend }, onProgress).then((m) =>
      m.type === "opened" ? m.session : Promise.reject(unexpected(m)),
    );
  }

  /** The photo goes as a Blob: decoded in the worker, never uploaded. */
  run(modelId: string, image: Blob, keep = 0): Promise<InsideRunResult> {
    return this.send({ type: "run", modelId, image, keep }).then((m) =>
      m.type === "ran" ? m.result : Promise.reject(unexpected(m)),
    );
  }

  layer(modelId: string, index: number): Promise<LayerDetail> {
    return this.send({ type: "layer", modelId, index }).then((m) =>
      m.type === "layer" ? m.detail : Promise.reject(unexpected(m)),
    );
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll(new InferenceError("worker-crashed", "The inside worker was closed."));
  }

  private send(
    payload: Payload,
    onProgress?: (loaded: number, total: number | null) => void,
  ): Promise<InsideResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new InferenceError("timeout", `No answer from the inside worker after 10 minutes.`));
      }, TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, onProgress, timer });
      this.worker.postMessage({ ...payload, id } as InsideRequest);
    });
  }

  private receive(msg: InsideResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.type === "progress") return p.onProgress?.(msg.loaded, msg.total);
    clearTimeout(p.timer);
    this.pending.delete(msg.id);
    if (msg.type !== "error") return p.resolve(msg);
    p.reject(
      msg.code === "no-layer-mapping"
        ? new NoLayerMappingError(msg.message)
        : new InferenceError(msg.code, msg.message),
    );
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
  }
}

function unexpected(m: InsideResponse): InferenceError {
  return new InferenceError(
    "inference-failed",
    `Unexpected reply from the inside worker: ${m.type}.`,
  );
}
