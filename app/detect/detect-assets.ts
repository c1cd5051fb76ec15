/**
 * Server-side (build time): which detection/segmentation models this installation has
 * (public/models/installed-tasks.json, written by setup:models), the sample photos /classify offers,
 * and each installed model's backbone-vs-head cost split, counted from the real .onnx file.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { costViewOf, type ModelCostView } from "@/lib/detect/cost-view";
import { TASK_MODELS } from "@/lib/detect/task-models";
import { loadClassifyAssets, type SamplePhoto } from "@/lib/inference/installed-assets";

export interface DetectAssets {
  readonly installed: readonly string[];
  readonly samples: readonly SamplePhoto[];
  readonly costs: readonly ModelCostView[];
}

const costCache = new Map<string, ModelCostView>();

export function loadDetectAssets(root: string = process.cwd()): DetectAssets {
  const dir = join(root, "public/models");
  let installed: string[] = [];
  try {
    installed = (
      JSON.parse(readFileSync(join(dir, "installed-tasks.json"), "utf8")) as { installed: string[] }
    ).installed.filter((id) => TASK_MODELS.some((m) => m.id === id));
  } catch {
    installed = [];
  }
  const costs: ModelCostView[] = [];
  for (const m of TASK_MODELS) {
    const path = join(dir, m.file);
    if (!installed.includes(m.id) || !existsSync(path)) continue;
    let view = costCache.get(m.id);
    if (!view) {
      try {
        view = costViewOf(m, readFileSync(path));
        costCache.set(m.id, view);
      } catch {
        continue; // a damaged file: the page says the model cannot be counted
      }
    }
    costs.push(view);
  }
  return { installed, samples: loadClassifyAssets(root).samples, costs };
}
