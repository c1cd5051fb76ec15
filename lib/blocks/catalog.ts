/** The animated block kinds (routes /blocks/<slug>) and which blocks of which models qualify. */
import { MODEL_IDS, MODEL_SPECS } from "@/lib/arch/models";
import type { BlockSpec, ModelId } from "@/lib/arch/types";
import { uibVariant } from "./uib-variant";

export const BLOCK_KIND_SLUGS = [
  "v1-separable",
  "v2-inverted-residual",
  "v3-bneck",
  "v4-uib",
  "v4-mqa",
] as const;

export type BlockKindSlug = (typeof BLOCK_KIND_SLUGS)[number];

export interface BlockKindEntry {
  readonly slug: BlockKindSlug;
  readonly title: string;
  /** One sentence for the index card and the page intro. */
  readonly summary: string;
  /** Whether block `spec` of `model` is this kind. */
  readonly qualifies: (spec: BlockSpec, model: ModelId) => boolean;
  /** Blocks that show off what the kind teaches, preferred as the page's first view (default: all). */
  readonly showcases?: (spec: BlockSpec) => boolean;
}

const isV3 = (model: ModelId) =>
  model === "v3-large" || model === "v3-small" || model === "v3-large-minimalistic";

export const BLOCK_KINDS: readonly BlockKindEntry[] = [
  {
    slug: "v1-separable",
    title: "Depthwise separable convolution (V1)",
    summary:
      "One k×k filter per channel, then 1×1 filters that mix channels, beside the standard convolution it replaces.",
    qualifies: (spec) => spec.kind === "depthwiseSeparable",
  },
  {
    slug: "v2-inverted-residual",
    title: "Inverted residual with linear bottleneck (V2)",
    summary:
      "Expand a narrow tensor, filter it depthwise, project it back linearly, and add the input when shapes match.",
    qualifies: (spec, model) => spec.kind === "invertedResidual" && model === "v2",
  },
  {
    slug: "v3-bneck",
    title: "Bneck with squeeze-and-excite (V3)",
    summary:
      "V2's block with ReLU or h-swish and, in some blocks, a squeeze-and-excite branch that re-weights channels by global context.",
    qualifies: (spec, model) => spec.kind === "invertedResidual" && isV3(model),
    // The page is about squeeze-and-excite, so open on a block that has it.
    showcases: (spec) => spec.kind === "invertedResidual" && spec.se,
  },
  {
    slug: "v4-uib",
    title: "Universal inverted bottleneck (V4)",
    summary:
      "One block, four shapes: optional depthwise convs before and after the expansion give IB, ConvNext-like, ExtraDW and FFN.",
    qualifies: (spec) => spec.kind === "uib",
  },
  {
    slug: "v4-mqa",
    title: "Mobile multi-query attention (V4)",
    summary:
      "Several query heads share one key and one value head; in the hybrids' fourth stage keys and values come from a map downsampled by a stride-2 depthwise conv, in the last stage from the full map.",
    qualifies: (spec) => spec.kind === "mqa",
  },
];

/** Narrows untrusted text (route params) to a block kind slug. */
export function isBlockKindSlug(s: unknown): s is BlockKindSlug {
  return typeof s === "string" && (BLOCK_KIND_SLUGS as readonly string[]).includes(s);
}

/** The catalog entry for a slug. */
export function blockKind(slug: BlockKindSlug): BlockKindEntry {
  const entry = BLOCK_KINDS.find((k) => k.slug === slug);
  if (!entry) throw new Error(`Unknown block kind ${slug}`);
  return entry;
}

/** Indices (into the model's blocks, = ResolvedNetwork.blocks) of the blocks of this kind. */
export function qualifyingBlocks(slug: BlockKindSlug, model: ModelId): number[] {
  const { qualifies } = blockKind(slug);
  return MODEL_SPECS[model].blocks.flatMap((spec, i) => (qualifies(spec, model) ? [i] : []));
}

/** Models with at least one block of this kind, oldest first. */
export function modelsWithKind(slug: BlockKindSlug): ModelId[] {
  return MODEL_IDS.filter((m) => qualifyingBlocks(slug, m).length > 0);
}

/** Menu label of a block, e.g. "block 5 · 5×5 · stride 2 · SE" (from the α = 1 spec: α never changes it). */
export function blockLabel(spec: BlockSpec, index: number): string {
  const head = `block ${index}`;
  switch (spec.kind) {
    case "depthwiseSeparable":
      return `${head} · ${spec.kernel}×${spec.kernel} · stride ${spec.stride} · → ${spec.out} ch`;
    case "invertedResidual":
      return `${head} · ${spec.kernel}×${spec.kernel} · stride ${spec.stride}${spec.se ? " · SE" : ""} · → ${spec.out} ch`;
    case "uib": {
      const dws = [spec.startDw, spec.midDw].map((k) => (k > 0 ? `${k}×${k}` : "–")).join("/");
      return `${head} · ${uibVariant(spec)} ${dws} · stride ${spec.stride} · → ${spec.out} ch`;
    }
    case "mqa":
      return `${head} · ${spec.heads} heads · K/V stride ${spec.kvStride} · ${spec.out} ch`;
    default:
      return head;
  }
}
