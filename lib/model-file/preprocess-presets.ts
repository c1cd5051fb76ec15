/**
 * How a photo becomes a classifier's input: resize the shorter side, centre-crop the model's input
 * size, scale to the model's range. The presets are the conventions of the families that ship
 * ImageNet classifiers; a known file (matched by sha256) uses its manifest entry instead.
 */
import type { InputPreprocessing } from "@/lib/inference/preprocess";

export type PresetId = "tf" | "torch" | "timm" | "unit";

/** The preprocessing a dropped file is classified with: always a named resize filter. */
export interface Preprocessing extends InputPreprocessing {
  readonly interpolation: "bilinear" | "bicubic";
}

const IMAGENET_MEAN = [0.485, 0.456, 0.406] as const;
const IMAGENET_STD = [0.229, 0.224, 0.225] as const;

export const PRESETS: Readonly<
  Record<
    PresetId,
    { readonly label: string } & Omit<Preprocessing, "resize_shorter_side" | "center_crop">
  >
> = {
  tf: {
    label: "TensorFlow / Keras: [−1, 1], bilinear",
    mean: [0.5, 0.5, 0.5],
    std: [0.5, 0.5, 0.5],
    interpolation: "bilinear",
  },
  torch: {
    label: "torchvision: ImageNet mean/std, bilinear",
    mean: IMAGENET_MEAN,
    std: IMAGENET_STD,
    interpolation: "bilinear",
  },
  timm: {
    label: "timm: ImageNet mean/std, bicubic",
    mean: IMAGENET_MEAN,
    std: IMAGENET_STD,
    interpolation: "bicubic",
  },
  unit: {
    label: "[0, 1] pixels, bilinear",
    mean: [0, 0, 0],
    std: [1, 1, 1],
    interpolation: "bilinear",
  },
};

export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

/** The ImageNet evaluation crop: the crop is 87.5 % of the resized shorter side (224 of 256). */
export function resizeFor(crop: number): number {
  return Math.round(crop / 0.875);
}

/** A preset at a model's input size: shortest edge size/0.875, centre crop size. */
export function presetAt(id: PresetId, size: number): Preprocessing {
  const { mean, std, interpolation } = PRESETS[id];
  return { resize_shorter_side: resizeFor(size), center_crop: size, interpolation, mean, std };
}

/** A manifest entry's preprocessing in the same shape. */
export function fromManifest(pre: {
  readonly resize_shorter_side: number;
  readonly center_crop: number;
  readonly interpolation: string;
  readonly mean: readonly number[];
  readonly std: readonly number[];
}): Preprocessing {
  return {
    resize_shorter_side: pre.resize_shorter_side,
    center_crop: pre.center_crop,
    interpolation: pre.interpolation === "bicubic" ? "bicubic" : "bilinear",
    mean: pre.mean,
    std: pre.std,
  };
}
