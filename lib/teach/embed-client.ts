/** The /teach page's promise API over its embedding worker (ids, progress, a crashed worker as one error). */
import { InferenceError } from "@/lib/inference/errors";
import type { ModelSpec } from "@/lib/inference/protocol";
import type {
  AddedPhoto,
  EmbedRequest,
  EmbedResponse,
  Embedded,
  OpenedBackbone,
} from "./embed-protocol";

interface Pending {
  readonly resolve: (msg: EmbedResponse) => void;
  readonly reject: (err: Error) => void;
  readonly onProgress?: (loaded: number, total: number | null) => void;
}

type Payload = EmbedRequest extends infer R
  ? R extends EmbedRequest
    ? Omit<R, "id">
    : never
  : never;

export class EmbedClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL("./embed.worker.ts", import.meta.url), {
      type: "module",
      name: "teach-embed",
    });
    this.worker.onmessage = (e: MessageEvent<EmbedResponse>) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.failAll(
        new InferenceError(
          "worker-crashed",
          `The embedding worker stopped (${e.message || "it could not start"}). Reload the page to try again.`,
        ),
      );
    };
  }

  open(model: ModelSpec, onProgress?: (loaded: number, total: number | null) => void) {
    return this.send({ type: "open", model }, onProgress).then((m) =>
      m.type === "opened" ? m.backbone : Promise.reject(unexpected(m)),
    ) as Promise<OpenedBackbone>;
  }

  add(modelId: string, image: Blob): Promise<AddedPhoto> {
    return this.send({ type: "add", modelId, image }).then((m) =>
      m.type === "added" ? m.photo : Promise.reject(unexpected(m)),
    );
  }

  /** A frame is transferred (the caller's ImageBitmap is closed by the worker). */
  embed(modelId: string, image: Blob | ImageBitmap, isThumbnail: boolean): Promise<Embedded> {
    return this.send(
      { type: "embed", modelId, image, isThumbnail },
      undefined,
      image instanceof Blob ? [] : [image],
    ).then((m) => (m.type === "embedded" ? m.result : Promise.reject(unexpected(m))));
  }

  exportModel(req: Omit<Extract<Payload, { type: "export" }>, "type">): Promise<ArrayBuffer> {
    return this.send({ type: "export", ...req }).then((m) =>
      m.type === "exported" ? m.bytes : Promise.reject(unexpected(m)),
    );
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll(new InferenceError("worker-crashed", "The embedding worker was closed."));
  }

  private send(
    payload: Payload,
    onProgress?: (loaded: number, total: number | null) => void,
    transfer: Transferable[] = [],
  ): Promise<EmbedResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ ...payload, id } as EmbedRequest, transfer);
    });
  }

  private receive(msg: EmbedResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.type === "progress") return p.onProgress?.(msg.loaded, msg.total);
    this.pending.delete(msg.id);
    if (msg.type === "error")
      p.reject(
        new InferenceError(msg.code === "no-features" ? "inference-failed" : msg.code, msg.message),
      );
    else p.resolve(msg);
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}

function unexpected(m: EmbedResponse): InferenceError {
  return new InferenceError(
    "inference-failed",
    `Unexpected reply from the embedding worker: ${m.type}.`,
  );
}
