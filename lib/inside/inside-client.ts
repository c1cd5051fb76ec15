/**
 * The /inside page's promise API over the inside worker (ids, download progress, a timeout and a
 * crash as one error: lib/inference/worker-rpc).
 */
import { InferenceError, type InferenceErrorCode } from "@/lib/inference/errors";
import type { BackendChoice, ModelSpec } from "@/lib/inference/protocol";
import { progressUpdates, WorkerRpc } from "@/lib/inference/worker-rpc";
import type {
  EngineRef,
  InsideRequest,
  InsideResponse,
  InsideRunResult,
  InsideSession,
  LayerDetail,
} from "./inside-protocol";

/** The worker's answer when a model's graph does not line up with the cost engine's layers. */
export class NoLayerMappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NoLayerMappingError";
  }
}

export class InsideClient {
  private readonly rpc = new WorkerRpc<InsideRequest, InsideResponse>(
    new Worker(new URL("./inside.worker.ts", import.meta.url), { type: "module", name: "inside" }),
    {
      label: "the inside worker",
      replyError: (code, message) =>
        code === "no-layer-mapping"
          ? new NoLayerMappingError(message)
          : new InferenceError(code as InferenceErrorCode, message),
    },
  );

  open(
    model: ModelSpec,
    engine: EngineRef,
    backend: BackendChoice,
    onProgress?: (loaded: number, total: number | null) => void,
  ): Promise<InsideSession> {
    return this.rpc
      .ask({ type: "open", model, engine, backend }, "opened", progressUpdates(onProgress))
      .then((m) => m.session);
  }

  /** The photo goes as a Blob: decoded in the worker, never uploaded. */
  run(modelId: string, image: Blob, keep = 0): Promise<InsideRunResult> {
    return this.rpc.ask({ type: "run", modelId, image, keep }, "ran").then((m) => m.result);
  }

  layer(modelId: string, index: number): Promise<LayerDetail> {
    return this.rpc.ask({ type: "layer", modelId, index }, "layer").then((m) => m.detail);
  }

  terminate(): void {
    this.rpc.terminate();
  }
}
