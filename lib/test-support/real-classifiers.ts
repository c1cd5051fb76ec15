/**
 * For tests: the real ImageNet classifiers in the model mirror (converted from TFLite; see manifest.json)
 * and the engine network each one is, so tests can reconcile the files with the cost engine.
 */
import type { ModelId } from "@/lib/arch/types";

export interface RealClassifier {
  /** Manifest id; the file is `<id>.onnx`. */
  readonly id: string;
  readonly model: ModelId;
  readonly alpha: number;
  /** Classifier outputs stored in the file (1001 = TF background class kept in the weights). */
  readonly storedClasses: 1000 | 1001;
}

export const REAL_CLASSIFIERS: readonly RealClassifier[] = [
  { id: "mobilenet-v1-0.75-224", model: "v1", alpha: 0.75, storedClasses: 1001 },
  { id: "mobilenet-v2-1.0-224", model: "v2", alpha: 1, storedClasses: 1000 },
  { id: "mobilenet-v3-small-1.0-224", model: "v3-small", alpha: 1, storedClasses: 1001 },
  { id: "mobilenet-v1-1.0-224", model: "v1", alpha: 1, storedClasses: 1001 },
  {
    id: "mobilenet-v3-large-minimalistic-1.0-224",
    model: "v3-large-minimalistic",
    alpha: 1,
    storedClasses: 1001,
  },
];
