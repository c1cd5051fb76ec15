/**
 * The two published top-1 numbers /classify shows for a model, each with its source: the float number
 * of the architecture's own paper, and the number published for the very weights we run (our V1–V3
 * files are dequantized from 8-bit TFLite files, so that one is an 8-bit number). Both are cells of
 * lib/arch/published.ts, so published-accuracy.test.ts can pin them.
 */
import type { PublishedPoint } from "@/lib/arch/published";
import { OWN_PAPER, PUBLISHED_POINTS, PUBLISHED_SOURCES as S } from "@/lib/arch/published";
import { isModelId } from "@/lib/arch/models";
import type { ModelEntry } from "./model-catalog";

export interface PublishedTop1 {
  /** Top-1 as a fraction (0.684 = 68.4 %). */
  readonly top1: number;
  readonly source: string;
  /** A few words naming the source, short enough for a model card ("V1 paper, Table 6"). */
  readonly shortSource: string;
  readonly precision: "float" | "int8";
}

const SHORT_SOURCE: Readonly<Record<string, string>> = {
  [S.v1Table6]: "V1 paper, Table 6",
  [S.v2Table4]: "V2 paper, Table 4",
  [S.v3Table3]: "V3 paper, Table 3",
  [S.v3Table4]: "V3 paper, Table 4",
  [S.v4Table6]: "V4 paper, Table 6",
  [S.tfliteQuant]: "TFLite hosted models",
  [S.v3Slim]: "TF-slim README",
  [S.v4TimmResults]: "timm results",
};

function sameConfig(p: PublishedPoint, engine: ModelEntry["engine"]): boolean {
  return (
    p.model === engine.model &&
    Math.abs(p.alpha - engine.alpha) < 1e-9 &&
    p.resolution === engine.resolution &&
    p.top1 !== null &&
    p.variant === undefined &&
    p.v3SmallHead !== 1280
  );
}

function toTop1(p: PublishedPoint): PublishedTop1 {
  return {
    top1: (p.top1 ?? 0) / 100,
    source: p.source,
    shortSource: SHORT_SOURCE[p.source] ?? p.source,
    precision: p.precision ?? "float",
  };
}

/** The float top-1 of this architecture in its own paper, or null when the paper has no such row. */
export function paperTop1(engine: ModelEntry["engine"]): PublishedTop1 | null {
  if (!isModelId(engine.model)) return null;
  const source = OWN_PAPER[engine.model];
  const row = PUBLISHED_POINTS.find(
    (p) => p.source === source && p.precision === undefined && sameConfig(p, engine),
  );
  return row ? toTop1(row) : null;
}

/**
 * The published top-1 of the weights this manifest entry runs: its `published.top1`, attributed to the
 * published.ts cell its note names (the note starts with that source's label). Null when none is
 * published, or when the manifest names a source published.ts does not hold.
 */
export function modelTop1(model: ModelEntry): PublishedTop1 | null {
  const { top1, note } = model.published;
  if (top1 === null) return null;
  const row = PUBLISHED_POINTS.find(
    (p) =>
      note.startsWith(p.source) &&
      sameConfig(p, model.engine) &&
      Math.abs((p.top1 ?? 0) - 100 * top1) < 1e-9,
  );
  return row ? toTop1(row) : null;
}
