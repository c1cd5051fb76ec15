/** The /model page's promise API over its worker (ids, one answer per request, a crash as one error). */
import type { Backend } from "@/lib/backend-choice/backend";
import { duringTiming } from "@/lib/inference/timing-activity";
import { WorkerRpc } from "@/lib/inference/worker-rpc";
import type {
  AnalyzedFile,
  FilePredictions,
  FileTiming,
  ModelFileRequest,
  ModelFileResponse,
} from "./model-file-protocol";
import type { Preprocessing } from "./preprocess-presets";

export class ModelFileClient {
  private readonly rpc = new WorkerRpc<ModelFileRequest, ModelFileResponse>(
    new Worker(new URL("./model-file.worker.ts", import.meta.url), {
      type: "module",
      name: "model-file",
    }),
    { label: "the model worker", crashAdvice: "Reload the page." },
  );

  probe(): Promise<{ webgpu: boolean; description: string }> {
    return this.rpc.ask({ type: "probe" }, "probe").then((m) => ({
      webgpu: m.webgpu,
      description: m.webgpuDescription,
    }));
  }

  /** The buffer is transferred to the worker (it is not usable here afterwards). */
  analyze(bytes: ArrayBuffer, inputSize: number): Promise<AnalyzedFile> {
    return this.rpc
      .ask({ type: "analyze", bytes, inputSize }, "analyzed", undefined, [bytes])
      .then((m) => m.file);
  }

  resize(inputSize: number): Promise<AnalyzedFile> {
    return this.rpc.ask({ type: "resize", inputSize }, "analyzed").then((m) => m.file);
  }

  time(backend: Backend, runs: number): Promise<FileTiming> {
    return duringTiming(() => this.rpc.ask({ type: "time", backend, runs }, "timed")).then(
      (m) => m.timing,
    );
  }

  classify(backend: Backend, image: Blob, preprocessing: Preprocessing): Promise<FilePredictions> {
    return this.rpc
      .ask({ type: "classify", backend, image, preprocessing }, "classified")
      .then((m) => m.predictions);
  }

  terminate(): void {
    this.rpc.terminate();
  }
}
