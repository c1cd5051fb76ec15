/** The cost-engine view (model, α, resolution) behind a manifest model, for links to the explorer. */
import { isModelId } from "@/lib/arch/models";
import type { ModelId } from "@/lib/arch/types";
import { findModel } from "@/lib/inference/model-catalog";

export interface EngineView {
  readonly model: ModelId;
  readonly alpha: number;
  readonly resolution: number;
}

export function engineViewFor(id: string): EngineView | null {
  const engine = findModel(id)?.engine;
  if (!engine || !isModelId(engine.model)) return null;
  return { model: engine.model, alpha: engine.alpha, resolution: engine.resolution };
}

/** "MobileNetV2 1.0-224" style name for accessible link names. */
export function cardName(card: { readonly version: string; readonly variant: string }): string {
  return `MobileNet${card.version.toUpperCase()} ${card.variant}`;
}
