/**
 * The width multiplier, run for real: when another installed model has the same architecture and
 * resolution at a different α (V1 1.0 and V1 0.75), /inside can put one layer of both side by side —
 * channels scale by α, that layer's multiply-adds by about α² — and switch to the other with the same
 * photo and layer. Pure: manifest entries and the cost engine in, numbers out.
 */
import { isModelId } from "@/lib/arch/models";
import type { OpKind } from "@/lib/arch/types";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import type { ModelEntry } from "@/lib/inference/model-catalog";

export interface WidthSide {
  readonly op: OpKind;
  readonly modelId: string;
  readonly alpha: number;
  readonly inChannels: number;
  readonly outChannels: number;
  readonly macs: number;
  readonly params: number;
}

export interface WidthPair {
  /** The layer's operation kind (the same at both widths). */
  readonly op: OpKind;
  /** The model on screen, and the installed sibling at the other α. */
  readonly current: WidthSide;
  readonly other: WidthSide;
  /** MACs of the narrower side / the wider side's, for this layer. */
  readonly macsRatio: number;
  /** (narrow α / wide α)²: what the paper's α² rule predicts for that ratio. */
  readonly alphaSquared: number;
}

type Entry = Pick<ModelEntry, "id" | "engine">;

/** Installed models with the same engine architecture and resolution at another α, widest first. */
export function widthSiblings(modelId: string, installed: readonly Entry[]): readonly Entry[] {
  const me = installed.find((m) => m.id === modelId);
  if (!me) return [];
  return installed
    .filter(
      (m) =>
        m.id !== modelId &&
        m.engine.model === me.engine.model &&
        m.engine.resolution === me.engine.resolution &&
        m.engine.alpha !== me.engine.alpha,
    )
    .sort((a, b) => b.engine.alpha - a.engine.alpha);
}

function side(entry: Entry, layerPath: string): WidthSide | null {
  const { model, alpha, resolution } = entry.engine;
  if (!isModelId(model)) return null;
  const layer = resolveNetwork(model, { alpha, resolution }).layers.find(
    (l) => l.path === layerPath,
  );
  if (!layer) return null;
  return {
    op: layer.op,
    modelId: entry.id,
    alpha,
    inChannels: layer.input.c,
    outChannels: layer.output.c,
    macs: layer.macs,
    params: layer.params,
  };
}

/** This layer in the model on screen and in its first width sibling; null when there is none. */
export function widthPair(
  modelId: string,
  layerPath: string,
  installed: readonly Entry[],
): WidthPair | null {
  const me = installed.find((m) => m.id === modelId);
  const sibling = widthSiblings(modelId, installed)[0];
  if (!me || !sibling) return null;
  const current = side(me, layerPath);
  const other = side(sibling, layerPath);
  if (!current || !other) return null;
  const [narrow, wide] = current.alpha < other.alpha ? [current, other] : [other, current];
  return {
    op: current.op,
    current,
    other,
    macsRatio: narrow.macs / wide.macs,
    alphaSquared: (narrow.alpha / wide.alpha) ** 2,
  };
}
