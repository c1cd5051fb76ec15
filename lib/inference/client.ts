/**
 * The page's promise API over the inference worker: request ids, progress callbacks, a timeout,
 * and a crashed worker turned into a clear error for every pending request.
 */
import { AutoMemory, browserStorage, type ChoiceStorage } from "./auto-choice-store";
import { duringTiming } from "./timing-activity";
import { WorkerRpc, type OnUpdate } from "./worker-rpc";
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

export class InferenceClient {
  private readonly rpc: WorkerRpc<WorkerRequest, WorkerResponse>;
  private readonly auto: AutoMemory;
  private probing: Promise<RuntimeEnv> | null = null;
  private onCrash: ((reason: string) => void) | undefined;

  /**
   * `onCrash` hears when the worker dies (an uncaught error, e.g. out of memory): every pending
   * request has already failed with the reason, and this client is finished; its owner starts a new one.
   */
  constructor(
    storage: ChoiceStorage | null = browserStorage(),
    onCrash?: (reason: string) => void,
    /** One already started (by the page's HTML, see lib/inference/early-worker-script.ts). */
    worker?: Worker,
  ) {
    this.onCrash = onCrash;
    this.auto = new AutoMemory(storage);
    this.rpc = new WorkerRpc(worker ?? startInferenceWorker(), {
      label: "the inference worker",
      crashAdvice: "A new worker is starting: try again.",
      onCrash: (reason) => this.onCrash?.(reason),
    });
  }

  /** Who hears of a crash, for a client made before its owner (see early-inference-client). */
  setCrashHandler(onCrash: (reason: string) => void): void {
    this.onCrash = onCrash;
  }

  /** The worker's environment; asked once, every later call gets the same answer. */
  probe(): Promise<RuntimeEnv> {
    this.probing ??= this.rpc.ask({ type: "probe" }, "probe").then((m) => {
      this.auto.setDevice(m.env.deviceKey);
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
    const rememberedAuto = this.auto.recall(model.id, backend);
    const m = await this.rpc.ask(
      { type: "load", model, backend, rememberedAuto },
      "ready",
      updates(listeners),
    );
    return m.session && this.keep(m.session);
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
    const rememberedAuto = this.auto.recall(model.id, backend);
    const m = await duringTiming(() =>
      this.rpc.ask(
        { type: "classify", model, backend, image, timedRuns, rememberedAuto },
        "result",
        updates(listeners),
      ),
    );
    this.keep(m.result.session);
    return m.result;
  }

  /** Stores a choice Auto has just timed, so the next visit reuses it instead of timing again. */
  private keep(session: SessionInfo): SessionInfo {
    this.auto.keep(session.modelId, session.auto?.timing, session.auto?.timedNow);
    return session;
  }

  terminate(): void {
    this.rpc.terminate();
  }
}

/** Download progress, stages and the first top-5 come before a request's answer. */
function updates(listeners: Listeners): OnUpdate<WorkerResponse> {
  return (msg) => {
    if (msg.type === "progress") listeners.onProgress?.(msg.loaded, msg.total);
    else if (msg.type === "stage") listeners.onStage?.(msg.stage);
    else if (msg.type === "prediction") listeners.onPrediction?.(msg.result);
    else return false;
    return true;
  };
}
