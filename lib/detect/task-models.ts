/**
 * The detection and segmentation models of /detect, typed from lib/models/task-models.json: a list
 * kept apart from the classifiers' manifest, so no classifier picker, card or benchmark ever lists them.
 */
import tasksJson from "@/lib/models/task-models.json";
import type { ModelId } from "@/lib/arch/types";

export type Task = "detection" | "segmentation";

export interface SsdPostprocess {
  readonly y_scale: number;
  readonly x_scale: number;
  readonly h_scale: number;
  readonly w_scale: number;
  readonly num_classes: number;
  readonly max_detections: number;
  readonly max_classes_per_detection: number;
  readonly nms_iou_threshold: number;
  readonly nms_score_threshold: number;
  readonly use_regular_nms: boolean;
}

export interface TaskModel {
  readonly id: string;
  readonly task: Task;
  readonly title: string;
  readonly file: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly input: { readonly name: string; readonly shape: readonly number[] };
  /** The MobileNet inside, as the cost engine and the explorer name it. */
  readonly engine: { readonly model: ModelId; readonly alpha: number; readonly resolution: number };
  /** Set when the backbone's width is measured from the file rather than published. */
  readonly engineNote?: string;
  readonly outputs: { readonly boxes?: string; readonly scores?: string; readonly logits?: string };
  readonly preprocessing: {
    /** "stretch": the whole photo to size×size, aspect ratio not kept, no crop. */
    readonly resize: "stretch";
    readonly size: number;
    readonly mean: readonly number[];
    readonly std: readonly number[];
    readonly formula: string;
  };
  /** Output column c is labels[c - offset] (SSD's column 0 is background). */
  readonly labels: { readonly file: string; readonly offset: number };
  readonly anchors?: string;
  readonly postprocess?: SsdPostprocess;
  readonly outputStride?: number;
  readonly params: number;
  readonly macs: number;
  readonly sources: { readonly origin: string; readonly license: string; readonly note: string };
}

export interface TaskFile {
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
}

export const TASK_MODELS: readonly TaskModel[] = tasksJson.models as readonly TaskModel[];
export const TASK_FILES: readonly TaskFile[] = tasksJson.files;

export function findTaskModel(id: string): TaskModel | undefined {
  return TASK_MODELS.find((m) => m.id === id);
}

export function taskFile(file: string): TaskFile | undefined {
  return TASK_FILES.find((f) => f.file === file);
}

export const SSD_ID = "ssd-mobilenet-v1-coco-300";
export const DEEPLAB_IDS = ["deeplabv3-mobilenet-v2-257", "deeplabv3-mobilenet-v2-513"] as const;
export type DeeplabId = (typeof DEEPLAB_IDS)[number];

/** "MobileNetV2 α 0.5 at 257 px" for captions and link names. */
export function backboneName(model: TaskModel): string {
  const { model: m, alpha, resolution } = model.engine;
  return `MobileNet${m.toUpperCase()} α ${alpha % 1 ? String(alpha) : alpha.toFixed(1)} at ${resolution} px`;
}

/** "SSD MobileNetV1, 300 px" / "DeepLabV3 MobileNetV2, 257 px": short enough for a card title. */
export function shortName(model: TaskModel): string {
  const head = model.task === "detection" ? "SSD" : "DeepLabV3";
  return `${head} MobileNet${model.engine.model.toUpperCase()}, ${model.preprocessing.size} px`;
}
