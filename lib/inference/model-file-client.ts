/** The /model page's promise API over its worker: request ids, one reply per request, a crash turned into an error. */
import { duringTiming } from "./timing-activity";
import type {
  AnalyzedFile,
  FilePredictions,
  FileTiming,
  ModelFileRequest,
  ModelFileResponse,
} from "./model-file-protocol";
import type { Preprocessing } from "@/lib/model-file/preprocess-presets";
import type { Backend } from "./protocol";

type Payload = ModelFileRequest extends infer R
  ? R extends ModelFileRequest
    ? Omit<R, "id">
    : never
  : never;

interface Pending {
  readonly resolve: (msg: ModelFileResponse) => void;
  readonly reject: (err: Error) => void;
}

export class ModelFileClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL("./model-file.worker.ts", import.meta.url), {
      type: "module",
      name: "model-file",
    });
    this.worker.onmessage = (e: MessageEvent<ModelFileResponse>) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.failAll(
        new Error(
          `The model worker stopped (${e.message || "it could not start"}). Reload the page.`,
        ),
      );
    };
  }

  probe(): Promise<{ webgpu: boolean; description: string }> {
    return this.send({ type: "probe" }).then((m) =>
      m.type === "probe" ? { webgpu: m.webgpu, description: m.webgpuDescription } : fail(m),
    );
  }

  /** The buffer is transferred to the worker (it is not usable here afterwards). */
  analyze(bytes: ArrayBuffer, inputSize: number): Promise<AnalyzedFile> {
    return this.send({ type: "analyze", bytes, inputSize }, [bytes]).then((m) =>
      m.type === "analyzed" ? m.file : fail(m),
    );
  }

  resize(inputSize: number): Promise<AnalyzedFile> {
    return this.send({ type: "resize", inputSize }).then((m) =>
      m.type === "analyzed" ? m.file : fail(m),
    );
  }

  time(backend: Backend, runs: number): Promise<FileTiming> {
    return duringTiming(() =>
      this.send({ type: "time", backend, runs }).then((m) =>
        m.type === "timed" ? m.timing : fail(m),
      ),
    );
  }

  classify(backend: Backend, image: Blob, preprocessing: Preprocessing): Promise<FilePredictions> {
    return this.send({ type: "classify", backend, image, preprocessing }).then((m) =>
      m.type === "classified" ? m.predictions : fail(m),
    );
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll(new Error("The model worker was closed."));
  }

  private send(payload: Payload, transfer: Transferable[] = []): Promise<ModelFileResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...payload, id } as ModelFileRequest, transfer);
    });
  }

  private receive(msg: ModelFileResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    if (msg.type === "error") p.reject(new Error(msg.message));
    else p.resolve(msg);
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}

function fail(m: ModelFileResponse): never {
  throw new Error(`Unexpected reply from the model worker: ${m.type}.`);
}
