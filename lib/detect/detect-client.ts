/**
 * The /detect page's promise API over the detect worker: request ids, progress, a timeout, a crashed
 * worker turned into one clear error for every pending request, and Auto's remembered choice per model.
 */
import {
  browserStorage,
  readAutoChoice,
  rememberAutoChoice,
  type ChoiceStorage,
} from "@/lib/inference/auto-choice-store";
import { InferenceError } from "@/lib/inference/errors";
import type { BackendChoice } from "@/lib/inference/protocol";
import type { DetectEnv, DetectRequest, DetectResponse, DetectResult, Timing } from "./protocol";

const TIMEOUT_MS = 10 * 60_000;

export interface DetectListeners {
  readonly onProgress?: (loaded: number, total: number | null) => void;
  readonly onStage?: (stage: Extract<DetectResponse, { type: "stage" }>["stage"]) => void;
  /** A photo's detections or mask, before its timed runs. */
  readonly onResult?: (result: DetectResult) => void;
}

interface Pending {
  readonly resolve: (msg: DetectResponse) => void;
  readonly reject: (err: InferenceError) => void;
  readonly listeners: DetectListeners;
  readonly timer: ReturnType<typeof setTimeout>;
  /** Photos end with their timing; frames and probes with their first answer. */
  readonly endsWith: DetectResponse["type"];
}

type Payload = DetectRequest extends infer R
  ? R extends DetectRequest
    ? Omit<R, "id">
    : never
  : never;

export class DetectClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private envAnswer: Promise<DetectEnv> | null = null;
  private deviceKey: string | null = null;

  constructor(private readonly storage: ChoiceStorage | null = browserStorage()) {
    this.worker = new Worker(new URL("./detect.worker.ts", import.meta.url), {
      type: "module",
      name: "detect",
    });
    this.worker.onmessage = (e: MessageEvent<DetectResponse>) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.failAll(
        new InferenceError(
          "worker-crashed",
          `The detect worker stopped (${e.message || "it could not start"}). Reload the page to try again.`,
        ),
      );
    };
  }

  probe(): Promise<DetectEnv> {
    this.envAnswer ??= this.send({ type: "probe" }, {}, "probe").then((m) => {
      if (m.type !== "probe") throw unexpected(m);
      this.deviceKey = m.env.deviceKey;
      return m.env;
    });
    return this.envAnswer;
  }

  /** Detections or a mask for a photo (`onResult`), then its steady-state timing (the promise). */
  async photo(
    modelId: string,
    backend: BackendChoice,
    image: Blob,
    timedRuns: number,
    listeners: DetectListeners = {},
  ): Promise<{ result: DetectResult; timing: Timing }> {
    await this.probe().catch(() => undefined);
    let result: DetectResult | null = null;
    const m = await this.send(
      {
        type: "photo",
        modelId,
        backend,
        image,
        timedRuns,
        rememberedAuto: this.remembered(modelId, backend),
      },
      {
        ...listeners,
        onResult: (r) => {
          result = r;
          this.remember(r);
          listeners.onResult?.(r);
        },
      },
      "timing",
    );
    if (m.type !== "timing" || !result) throw unexpected(m);
    return { result, timing: m.timing };
  }

  /** One live frame (transferred: the caller's bitmap is gone afterwards). */
  async frame(modelId: string, backend: BackendChoice, frame: ImageBitmap): Promise<DetectResult> {
    await this.probe().catch(() => undefined);
    const m = await this.send(
      { type: "frame", modelId, backend, frame, rememberedAuto: this.remembered(modelId, backend) },
      {},
      "result",
      [frame],
    );
    if (m.type !== "result") throw unexpected(m);
    this.remember(m.result);
    return m.result;
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll(new InferenceError("worker-crashed", "The detect worker was closed."));
  }

  private remembered(modelId: string, backend: BackendChoice) {
    return backend === "auto" && this.deviceKey
      ? readAutoChoice(this.storage, this.deviceKey, modelId)
      : null;
  }

  private remember(r: DetectResult): void {
    if (r.session.autoTimedNow && r.session.autoTiming && this.deviceKey)
      rememberAutoChoice(this.storage, this.deviceKey, r.modelId, r.session.autoTiming);
  }

  private send(
    payload: Payload,
    listeners: DetectListeners,
    endsWith: DetectResponse["type"],
    transfer: Transferable[] = [],
  ): Promise<DetectResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new InferenceError("timeout", "No answer from the detect worker after 10 minutes."));
      }, TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, listeners, timer, endsWith });
      this.worker.postMessage({ ...payload, id } as DetectRequest, transfer);
    });
  }

  private receive(msg: DetectResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.type === "progress") return p.listeners.onProgress?.(msg.loaded, msg.total);
    if (msg.type === "stage") return p.listeners.onStage?.(msg.stage);
    if (msg.type === "result" && p.endsWith !== "result") return p.listeners.onResult?.(msg.result);
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

function unexpected(m: DetectResponse): InferenceError {
  return new InferenceError(
    "inference-failed",
    `Unexpected reply from the detect worker: ${m.type}.`,
  );
}
