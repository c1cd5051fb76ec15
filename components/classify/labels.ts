import labelsJson from "@/public/labels/imagenet-labels.json";

const LABELS = labelsJson as readonly string[];

/** ImageNet-1k class name for an index (0 = tench). */
export function labelFor(index: number): string {
  return LABELS[index] ?? `class ${index}`;
}
