/**
 * Messages between /teach and its embedding worker. The worker runs a real MobileNet with its pooled
 * feature vector exposed as an extra graph output (the same run that classifies), one backbone open
 * at a time. Photos go in as Blobs (or webcam frames as ImageBitmaps); the pixels never leave the browser.
 */
import type { ErrorReply, Message, ProgressReply } from "@/lib/inference/worker-messages";
import type { InferenceErrorCode } from "@/lib/inference/errors";
import type { ModelSpec } from "@/lib/inference/protocol";
import type { TaughtPreprocessing } from "./export-onnx";
import type { FeatureTensor } from "./feature-tensor";
import type { HeadWeights } from "./head";

export interface OpenedBackbone {
  readonly modelId: string;
  readonly feature: FeatureTensor;
  /** The embedding's length, read from a warm-up run (the graph may not say). */
  readonly width: number;
  readonly sessionMs: number;
}

export interface Embedded {
  readonly embedding: Float32Array;
  /** The exposed-outputs run alone, ms. */
  readonly runMs: number;
  /** Decode + resize + crop + normalise, ms. */
  readonly preprocessMs: number;
}

export interface AddedPhoto extends Embedded {
  /** The crop the model saw, as a small JPEG at the backbone's input size: all a project keeps. */
  readonly thumbnail: Blob;
}

export type EmbedRequest =
  | Message<"open", { model: ModelSpec }>
  /** A new photo: crop → JPEG thumbnail → embedding of that thumbnail. */
  | Message<"add", { modelId: string; image: Blob }>
  /** A kept thumbnail (already the crop) or a webcam frame / photo to classify (cropped here). */
  | Message<"embed", { modelId: string; image: Blob | ImageBitmap; isThumbnail: boolean }>
  /** The open backbone + this head + softmax as one .onnx file. */
  | Message<
      "export",
      {
        modelId: string;
        head: HeadWeights;
        classes: readonly string[];
        title: string;
        preprocessing: TaughtPreprocessing;
      }
    >;

export type EmbedResponse =
  | ProgressReply
  | Message<"opened", { backbone: OpenedBackbone }>
  | Message<"added", { photo: AddedPhoto }>
  | Message<"embedded", { result: Embedded }>
  | Message<"exported", { bytes: ArrayBuffer }>
  | ErrorReply<InferenceErrorCode | "no-features">;
