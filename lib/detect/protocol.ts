/** The typed messages between /detect and the detect worker. Every request carries an id; replies echo it. */
import type { ErrorReply, Message, ProgressReply } from "@/lib/inference/worker-messages";
import type { AutoTiming } from "@/lib/backend-choice/auto-choice";
import type { Backend, BackendChoice } from "@/lib/inference/protocol";
import type { WarmUp } from "@/lib/stats/steady-state";
import type { Box } from "./ssd-decode";
import type { Task } from "./task-models";

export interface DetectEnv {
  readonly deviceKey: string;
  readonly threads: number;
  readonly webgpuAdapter: boolean;
  readonly webgpuDescription: string;
  readonly webgpuSoftwareName: string | null;
}

export interface Detection {
  readonly label: string;
  readonly classIndex: number;
  readonly score: number;
  /** [ymin, xmin, ymax, xmax] clipped to the photo, normalised to [0, 1]. */
  readonly box: Box;
}

export interface ClassFound {
  readonly label: string;
  readonly classIndex: number;
  /** Percent of the model's output pixels (as the reference counts them). */
  readonly percent: number;
}

export interface Segmentation {
  readonly classes: readonly ClassFound[];
  /** The class of every pixel of a mask with the photo's aspect ratio (logits upsampled, then arg-max). */
  readonly mask: Uint8Array;
  /** The same mask in the class colours, opaque, background transparent (the page sets opacity). */
  readonly rgba: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

export interface SessionFacts {
  readonly backend: Backend;
  readonly requested: BackendChoice;
  /** One sentence when the run is not where it was asked for (or why Auto chose). */
  readonly note: string | null;
  readonly sessionCreateMs: number;
  readonly fromCache: boolean;
  readonly autoTiming: AutoTiming | null;
  readonly autoTimedNow: boolean;
}

export interface DetectResult {
  readonly modelId: string;
  readonly task: Task;
  readonly session: SessionFacts;
  readonly imageWidth: number;
  readonly imageHeight: number;
  /** Detection: every box NMS kept (the page filters by its threshold). */
  readonly detections: readonly Detection[] | null;
  readonly segmentation: Segmentation | null;
  /** This image: decode + resize + normalise, the model run, and decoding/arg-max after it. */
  readonly preprocessMs: number;
  readonly inferenceMs: number;
  readonly postprocessMs: number;
}

export interface Timing {
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  readonly warmUp: WarmUp | null;
  /** "skipped": a newer request was already waiting, so this photo was not timed. */
  readonly state: "done" | "skipped";
}

export type DetectRequest =
  | Message<"probe">
  | Message<
      "photo",
      {
        modelId: string;
        backend: BackendChoice;
        image: Blob;
        timedRuns: number;
        rememberedAuto: AutoTiming | null;
      }
    >
  /** One live webcam frame: no timed runs, a smaller mask, nothing queued behind it by the page. */
  | Message<
      "frame",
      {
        modelId: string;
        backend: BackendChoice;
        frame: ImageBitmap;
        rememberedAuto: AutoTiming | null;
      }
    >;

export type DetectResponse =
  | Message<"probe", { env: DetectEnv }>
  | ProgressReply
  | Message<
      "stage",
      { stage: "downloading" | "creating-session" | "choosing-backend" | "running" | "timing" }
    >
  | Message<"result", { result: DetectResult }>
  | Message<"timing", { timing: Timing }>
  | ErrorReply;
