/**
 * The /detect page's promise API over the detect worker (lib/inference/worker-rpc), with Auto's
 * remembered choice per model and device.
 */
import { AutoMemory, browserStorage, type ChoiceStorage } from "@/lib/inference/auto-choice-store";
import type { BackendChoice } from "@/lib/inference/protocol";
import { WorkerRpc, type OnUpdate } from "@/lib/inference/worker-rpc";
import type { DetectEnv, DetectRequest, DetectResponse, DetectResult, Timing } from "./protocol";

export interface DetectListeners {
  readonly onProgress?: (loaded: number, total: number | null) => void;
  readonly onStage?: (stage: Extract<DetectResponse, { type: "stage" }>["stage"]) => void;
  /** A photo's detections or mask, before its timed runs. */
  readonly onResult?: (result: DetectResult) => void;
}

export class DetectClient {
  private readonly rpc = new WorkerRpc<DetectRequest, DetectResponse>(
    new Worker(new URL("./detect.worker.ts", import.meta.url), { type: "module", name: "detect" }),
    { label: "the detect worker" },
  );
  private readonly auto: AutoMemory;
  private envAnswer: Promise<DetectEnv> | null = null;

  constructor(storage: ChoiceStorage | null = browserStorage()) {
    this.auto = new AutoMemory(storage);
  }

  probe(): Promise<DetectEnv> {
    this.envAnswer ??= this.rpc.ask({ type: "probe" }, "probe").then((m) => {
      this.auto.setDevice(m.env.deviceKey);
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
    const m = await this.rpc.ask(
      {
        type: "photo",
        modelId,
        backend,
        image,
        timedRuns,
        rememberedAuto: this.auto.recall(modelId, backend),
      },
      "timing",
      updates(listeners, (r) => {
        result = r;
        this.keep(r);
        listeners.onResult?.(r);
      }),
    );
    if (!result) throw this.rpc.unexpected(m);
    return { result, timing: m.timing };
  }

  /** One live frame (transferred: the caller's bitmap is gone afterwards). */
  async frame(modelId: string, backend: BackendChoice, frame: ImageBitmap): Promise<DetectResult> {
    await this.probe().catch(() => undefined);
    const rememberedAuto = this.auto.recall(modelId, backend);
    const m = await this.rpc.ask(
      { type: "frame", modelId, backend, frame, rememberedAuto },
      "result",
      updates({}),
      [frame],
    );
    this.keep(m.result);
    return m.result;
  }

  terminate(): void {
    this.rpc.terminate();
  }

  private keep(r: DetectResult): void {
    this.auto.keep(r.modelId, r.session.autoTiming, r.session.autoTimedNow);
  }
}

/** Progress and stages always; a result is an update only for a photo, which ends with its timing. */
function updates(
  listeners: DetectListeners,
  onResult?: (r: DetectResult) => void,
): OnUpdate<DetectResponse> {
  return (msg) => {
    if (msg.type === "progress") listeners.onProgress?.(msg.loaded, msg.total);
    else if (msg.type === "stage") listeners.onStage?.(msg.stage);
    else if (msg.type === "result" && onResult) onResult(msg.result);
    else return false;
    return true;
  };
}
