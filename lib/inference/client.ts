/**
 * The page's promise API over the inference worker: request ids, progress callbacks, a timeout,
 * and a crashed worker turned into a clear error for every pending request.
 */
import {
  browserStorage,
  readAutoChoice,
  rememberAutoChoice,
  type ChoiceStorage,
} from "./auto-choice-store";
import { InferenceError } from "./errors";
import { duringTiming } from "./timing-activity";
import type {
  BackendChoice,
  ClassifyResult,
  ModelSpec,
  RuntimeEnv,
  SessionInfo,
  WorkerRequest,
  WorkerResponse,
  WorkerStage,
} from "./protocol";

/** Generous: a first WebGPU run on a software adapter takes several seconds per model. */
const TIMEOUT_MS = 10 * 60_000;

/**
 * A new inference worker. A production build has a prebuilt copy under a content-hashed URL
 * (scripts/build-inference-worker.mjs), the same file the page's HTML may already have started;
 * in development the bundler's own copy runs.
 */
export function startInferenceWorker(): Worker {
  const prebuilt = process.env.NEXT_PUBLIC_INFERENCE_WORKER;
  if (process.env.NODE_ENV === "production" && prebuilt)
    return new Worker(prebuilt, { type: "module", name: "inference" });
  return new Worker(new URL("./inference.worker.ts", import.meta.url), {
    type: "module",
    name: "inference",
  });
}

export interface Listeners {
  readonly onProgress?: (loaded: number, total: number | null) => void;
  readonly onStage?: (stage: WorkerStage) => void;
  /** A classify's top-5, before its timed runs (the final result follows). */
  readonly onPrediction?: (result: ClassifyResult) => void;
}

interface Pending {
  readonly resolve: (msg: WorkerResponse) => void;
  readonly reject: (err: InferenceError) => void;
  readonly listeners: Listeners;
  readonly timer: ReturnType<typeof setTimeout>;
}

type Payload = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, "id">
    : never
  : never;

export class InferenceClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Known after probe(): the device key Auto's remembered choices are stored under. */
  private deviceKey: string | null = null;
  private probing: Promise<RuntimeEnv> | null = null;
  private onCrash: ((reason: string) => void) | undefined;

  /**
   * `onCrash` hears when the worker dies (an uncaught error, e.g. out of memory): every pending
   * request has already failed with the reason, and this client is finished; its owner starts a new one.
   */
  constructor(
    private readonly storage: ChoiceStorage | null = browserStorage(),
    onCrash?: (reason: string) => void,
    /** One already started (by the page's HTML, see lib/inference/early-worker-script.ts). */
    worker?: Worker,
  ) {
    this.onCrash = onCrash;
    this.worker = worker ?? startInferenceWorker();
    this.worker.onmessage = (e: MessageEvent<WorkerResponse>) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      const reason = e.message || "it could not start";
      this.worker.terminate();
      this.failAll(
        new InferenceError(
          "worker-crashed",
          `The inference worker stopped (${reason}). A new worker is starting: try again.`,
        ),
      );
      this.onCrash?.(reason);
    };
  }

  /** Who hears of a crash, for a client made before its owner (see early-inference-client). */
  setCrashHandler(onCrash: (reason: string) => void): void {
    this.onCrash = onCrash;
  }

  /** The worker's environment; asked once, every later call gets the same answer. */
  probe(): Promise<RuntimeEnv> {
    this.probing ??= this.send({ type: "probe" }).then((m) => {
      if (m.type !== "probe") return Promise.reject(unexpected(m));
      this.deviceKey = m.env.deviceKey;
      return m.env;
    });
    return this.probing;
  }

  /**
   * Requests may be made before the probe has answered (a photo picked the moment the page is
   * usable): they wait for it, so Auto's remembered choice, keyed by the probed device, is found.
   * The worker handles messages in order, so this costs no more than the probe itself.
   */
  private async probed(): Promise<void> {
    await this.probe().catch(() => undefined);
  }

  /** Creates and warms a session ahead of use; null when the worker skipped it for waiting requests. */
  async load(
    model: ModelSpec,
    backend: BackendChoice,
    listeners: Listeners = {},
  ): Promise<SessionInfo | null> {
    await this.probed();
    const rememberedAuto = this.remembered(model, backend);
    return this.send({ type: "load", model, backend, rememberedAuto }, listeners).then((m) =>
      m.type === "ready" ? m.session && this.remember(m.session) : Promise.reject(unexpected(m)),
    );
  }

  /** The image goes to the worker as a Blob (structured clone): no pixels are decoded on the main thread, none leave the browser. */
  async classify(
    model: ModelSpec,
    backend: BackendChoice,
    image: Blob,
    timedRuns: number,
    listeners: Listeners = {},
  ): Promise<ClassifyResult> {
    await this.probed();
    const rememberedAuto = this.remembered(model, backend);
    return duringTiming(() =>
      this.send({ type: "classify", model, backend, image, timedRuns, rememberedAuto }, listeners),
    ).then((m) => {
      if (m.type !== "result") return Promise.reject(unexpected(m));
      this.remember(m.result.session);
      return m.result;
    });
  }

  /** Auto's stored choice for this model here, sent along because the worker has no localStorage. */
  private remembered(model: ModelSpec, backend: BackendChoice) {
    return backend === "auto" && this.deviceKey
      ? readAutoChoice(this.storage, this.deviceKey, model.id)
      : null;
  }

  /** Stores a choice Auto has just timed, so the next visit reuses it instead of timing again. */
  private remember(session: SessionInfo): SessionInfo {
    if (session.auto?.timedNow && session.auto.timing && this.deviceKey)
      rememberAutoChoice(this.storage, this.deviceKey, session.modelId, session.auto.timing);
    return session;
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll(new InferenceError("worker-crashed", "The inference worker was closed."));
  }

  private send(payload: Payload, listeners: Listeners = {}): Promise<WorkerResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(
          new InferenceError(
            "timeout",
            `No answer from the inference worker after ${TIMEOUT_MS / 60_000} minutes.`,
          ),
        );
      }, TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, listeners, timer });
      this.worker.postMessage({ ...payload, id } as WorkerRequest);
    });
  }

  private receive(msg: WorkerResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.type === "progress") return p.listeners.onProgress?.(msg.loaded, msg.total);
    if (msg.type === "stage") return p.listeners.onStage?.(msg.stage);
    if (msg.type === "prediction") return p.listeners.onPrediction?.(msg.result);
    clearTimeout(p.timer);
    this.pending.delete(msg.id);
    if (msg.type === "error") p.reject(new InferenceError(msg.code, msg.message));
    else p.resolve(msg);
  }

  private failAll(err: InferenceError): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
  }
}

function unexpected(m: WorkerResponse): InferenceError {
  return new InferenceError("inference-failed", `Unexpected reply from the worker: ${m.type}.`);
}
