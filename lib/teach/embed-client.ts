/** The /teach page's promise API over its embedding worker (lib/inference/worker-rpc). */
import { InferenceError, type InferenceErrorCode } from "@/lib/inference/errors";
import type { ModelSpec } from "@/lib/inference/protocol";
import type { WithoutId } from "@/lib/inference/worker-messages";
import { progressUpdates, WorkerRpc } from "@/lib/inference/worker-rpc";
import type {
  AddedPhoto,
  EmbedRequest,
  EmbedResponse,
  Embedded,
  OpenedBackbone,
} from "./embed-protocol";

type ExportRequest = Omit<Extract<WithoutId<EmbedRequest>, { type: "export" }>, "type">;

export class EmbedClient {
  private readonly rpc = new WorkerRpc<EmbedRequest, EmbedResponse>(
    new Worker(new URL("./embed.worker.ts", import.meta.url), {
      type: "module",
      name: "teach-embed",
    }),
    {
      label: "the embedding worker",
      replyError: (code, message) =>
        new InferenceError(
          code === "no-features" ? "inference-failed" : (code as InferenceErrorCode),
          message,
        ),
    },
  );

  open(
    model: ModelSpec,
    onProgress?: (loaded: number, total: number | null) => void,
  ): Promise<OpenedBackbone> {
    return this.rpc
      .ask({ type: "open", model }, "opened", progressUpdates(onProgress))
      .then((m) => m.backbone);
  }

  add(modelId: string, image: Blob): Promise<AddedPhoto> {
    return this.rpc.ask({ type: "add", modelId, image }, "added").then((m) => m.photo);
  }

  /** A frame is transferred (the caller's ImageBitmap is closed by the worker). */
  embed(modelId: string, image: Blob | ImageBitmap, isThumbnail: boolean): Promise<Embedded> {
    const transfer = image instanceof Blob ? [] : [image];
    return this.rpc
      .ask({ type: "embed", modelId, image, isThumbnail }, "embedded", undefined, transfer)
      .then((m) => m.result);
  }

  exportModel(req: ExportRequest): Promise<ArrayBuffer> {
    return this.rpc.ask({ type: "export", ...req }, "exported").then((m) => m.bytes);
  }

  terminate(): void {
    this.rpc.terminate();
  }
}
