/**
 * Messages between /teach and its embedding worker. The worker runs a real MobileNet with its pooled
 * feature vector exposed as an extra graph output (the same run that classifies), one backbone open
 * at a time. Photos go in as Blobs (or webcam frames as ImageBitmaps); the pixels never leave the browser.
 */
import type { ErrorReply, ProgressReply } from "@/lib/inference/worker-messages";
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
  | { readonly type: "open"; readonly id: number; readonly model: ModelSpec }
  /** A new photo: crop → JPEG thumbnail → embedding of that thumbnail. */
  | { readonly type: "add"; readonly id: number; readonly modelId: string; readonly image: Blob }
  /** A kept thumbnail (already the crop) or a webcam frame / photo to classify (cropped here). */
  | {
      readonly type: "embed";
      readonly id: number;
      readonly modelId: string;
      readonly image: Blob | ImageBitmap;
      readonly isThumbnail: boolean;
    }
  /** The open backbone + this head + softmax as one .onnx file. */
  | {
      readonly type: "export";
      readonly id: number;
      readonly modelId: string;
      readonly head: HeadWeights;
      readonly classes: readonly string[];
      readonly title: string;
      readonly preprocessing: TaughtPreprocessing;
    };

export type EmbedResponse =
  | ProgressReply
  | { readonly type: "opened"; readonly id: number; readonly backbone: OpenedBackbone }
  | { readonly type: "added"; readonly id: number; readonly photo: AddedPhoto }
  | { readonly type: "embedded"; readonly id: number; readonly result: Embedded }
  | { readonly type: "exported"; readonly id: number; readonly bytes: ArrayBuffer }
  | ErrorReply<InferenceErrorCode | "no-features">;
