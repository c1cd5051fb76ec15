/** One model's backbone-vs-head split as the pages show it, labelled for its task. */
import { analyzeOnnxModel } from "@/lib/model-file/analyze-model";
import { readModel } from "@/lib/model-file/read-model";
import { splitCosts, ssdFeatureTaps, type CostSplit, type FeatureTap } from "./cost-split";
import type { TaskModel } from "./task-models";

export interface ModelCostView {
  readonly id: string;
  readonly task: TaskModel["task"];
  readonly engine: TaskModel["engine"];
  readonly split: CostSplit;
  /** SSD only: the feature maps the predictors read. */
  readonly taps: readonly FeatureTap[] | null;
}

export const SPLIT_LABELS = {
  detection: {
    backbone: "MobileNetV1 backbone",
    neck: "extra feature layers",
    predictors: "box and class predictors",
  },
  segmentation: {
    backbone: "MobileNetV2 backbone",
    neck: "image-pooling and 1×1 branches (no atrous pyramid, no decoder)",
    predictors: "1×1 classifier",
  },
} as const;

/** The split of one .onnx file (bytes), labelled for its task. */
export function costViewOf(model: TaskModel, bytes: Uint8Array): ModelCostView {
  const onnx = readModel(bytes);
  const rows = analyzeOnnxModel(onnx, model.preprocessing.size).rows;
  return {
    id: model.id,
    task: model.task,
    engine: model.engine,
    split: splitCosts(onnx, rows, SPLIT_LABELS[model.task]),
    taps: model.task === "detection" ? ssdFeatureTaps(onnx, rows) : null,
  };
}
