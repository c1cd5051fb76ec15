/** The typed messages between the page and the inference worker. Every request carries an id; replies echo it. */
import type { ErrorReply, Message, ProgressReply } from "./worker-messages";
import type { AutoTiming } from "@/lib/backend-choice/auto-choice";
import type { Backend, BackendChoice } from "@/lib/backend-choice/backend";
import type { Prediction } from "./postprocess";
import type { InputPreprocessing } from "./preprocess";
import type { WarmUp } from "@/lib/stats/steady-state";
import type { WorkerStartupReport } from "@/lib/startup/waterfall";

export type { Backend, BackendChoice };

/** "ort": the graph setup prepared offline in ORT format (WASM only); "onnx": the manifest's file. */
export type ModelFormat = "ort" | "onnx";

/** What the worker needs to fetch, verify, preprocess for and run one model. */
export interface ModelSpec {
  readonly id: string;
  readonly url: string;
  /** null = no published checksum (MobileNetV4 from its public source): loaded unverified. */
  readonly sha256: string | null;
  readonly bytes: number | null;
  readonly inputName: string;
  readonly outputName: string;
  readonly preprocessing: InputPreprocessing;
}

export interface RuntimeEnv {
  readonly crossOriginIsolated: boolean;
  /** WASM threads onnxruntime-web will use (1 without cross-origin isolation). */
  readonly threads: number;
  readonly simd: boolean;
  readonly webgpuAdapter: boolean;
  /** e.g. "google swiftshader", or why there is none. */
  readonly webgpuDescription: string;
  /** "SwiftShader" when the adapter is a software emulation, else null. */
  readonly webgpuSoftwareName: string | null;
  /** Adapter, WASM threads and ORT version: what Auto's remembered choices are keyed by. */
  readonly deviceKey: string;
  readonly ortVersion: string;
}

export interface SessionInfo {
  readonly modelId: string;
  readonly backend: Backend;
  readonly requested: BackendChoice;
  /** Set when Auto fell back to WASM: the reason, shown on screen. */
  readonly fallback: string | null;
  readonly fromCache: boolean;
  readonly verified: boolean;
  readonly modelFormat: ModelFormat;
  readonly bytes: number;
  readonly downloadMs: number;
  /** Session creation plus the first (cold) inference. */
  readonly firstInferenceMs: number;
  /** WASM threads the session ran on (the same policy on every page, ./ort-env); absent on WebGPU. */
  readonly threads?: number;
  readonly sessionCreateMs: number;
  /** The session's warm-up until run times were steady (or the cap); null while not yet done. */
  readonly warmUp: WarmUp | null;
  /** Why Auto ran where it did; absent for forced backends. */
  readonly auto?: AutoInfo;
}

export interface AutoInfo {
  /** One sentence for the page ("Auto chose WebGPU: 4.1 ms vs 18 ms on WASM."). */
  readonly reason: string;
  /** The timing behind the choice (timed now or remembered); null when Auto did not need one. */
  readonly timing: AutoTiming | null;
  /** True when timed in this request: the page remembers it for this model and device. */
  readonly timedNow: boolean;
}

export interface ClassifyResult {
  readonly modelId: string;
  readonly backend: Backend;
  readonly top5: readonly Prediction[];
  /**
   * "pending": the top-5 is out, the timed runs are not yet ("prediction" message); "done": runsMs
   * are timed after the session's warm-up and one untimed run for this image; "skipped": a newer
   * request was already waiting, so this one was not timed.
   */
  readonly timing: "pending" | "done" | "skipped";
  /** Every timed run, ms (empty unless timing is "done"). */
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  readonly preprocessMs: number;
  readonly imageWidth: number;
  readonly imageHeight: number;
  /** The 224×224 RGBA crop the model saw, for display. */
  readonly crop: Uint8ClampedArray;
  readonly cropSize: number;
  readonly session: SessionInfo;
  /**
   * On the worker's first prediction only: how its start went (runtime, model, session, first
   * runs, this photo), for the startup waterfall. The "result" repeats it with the warm-up added.
   */
  readonly startup?: WorkerStartupReport;
}

/** A prepared ORT-format graph: where it is (gzipped), its sizes and the .ort's sha256. */
export interface PreparedModel {
  readonly ok: boolean;
  readonly url: string;
  readonly sha256: string;
  readonly gzBytes: number;
  /** Of the .ort after gunzip (absent from indexes older than this field). */
  readonly bytes?: number;
}

export type WorkerRequest =
  | Message<"probe">
  /**
   * Sent by the page's HTML the moment it starts the worker (app/classify/early-worker-script):
   * start fetching and verifying this model's WASM bytes now. No answer; a later load or classify
   * of that model on WASM picks the bytes up.
   */
  | Message<
      "prefetch",
      {
        model: ModelSpec;
        /** Its /models/prepared.json entry, read when the page was built. */
        prepared?: PreparedModel | null;
      }
    >
  | Message<
      "load",
      {
        model: ModelSpec;
        backend: BackendChoice;
        /** Auto's stored choice for this model on this device (the worker has no localStorage). */
        rememberedAuto?: AutoTiming | null;
      }
    >
  | Message<
      "classify",
      {
        model: ModelSpec;
        backend: BackendChoice;
        image: Blob;
        timedRuns: number;
        rememberedAuto?: AutoTiming | null;
      }
    >;

export type WorkerResponse =
  | Message<"probe", { env: RuntimeEnv }>
  | (ProgressReply & { readonly modelId: string })
  | Message<
      "stage",
      {
        stage:
          | "verifying"
          | "creating-session"
          | "warming-up"
          | "choosing-backend"
          | "preprocessing"
          | "running";
      }
    >
  /** session null: the preload was skipped because other requests were already waiting. */
  | Message<"ready", { session: SessionInfo | null }>
  /** The top-5 right after the first run, before warm-up and timing; "result" follows. */
  | Message<"prediction", { result: ClassifyResult }>
  | Message<"result", { result: ClassifyResult }>
  | ErrorReply;

export type WorkerStage = Extract<WorkerResponse, { type: "stage" }>["stage"];
