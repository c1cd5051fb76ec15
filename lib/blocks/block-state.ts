/**
 * The state of a /blocks/<kind> page as URL search params (`?model=v3-large&block=5&alpha=0.75&res=224`),
 * so lessons and tests can deep-link. Parsing never throws: anything invalid falls back to a default.
 */
import { MODEL_SPECS, isModelId } from "@/lib/arch/models";
import type { ModelId } from "@/lib/arch/types";
import type { BlockKindSlug } from "./catalog";
import { blockKind, modelsWithKind, qualifyingBlocks } from "./catalog";

export interface BlockPageState {
  readonly model: ModelId;
  /** Index into the model's blocks. */
  readonly block: number;
  readonly alpha: number;
  readonly resolution: number;
}

/** Width multipliers offered in the menu (the papers' sweep: V1 0.25–1, V2 0.35–1.4, V3 0.75/1). */
export const ALPHA_CHOICES = [0.25, 0.35, 0.5, 0.75, 1, 1.25, 1.4] as const;
/** Input resolutions offered in the menu (V1–V3 sweep 96–224; V4 uses 256 and 384). */
export const RESOLUTION_CHOICES = [96, 128, 160, 192, 224, 256, 320, 384] as const;

/** Engine bounds (lib/cost/resolve-options): α ∈ (0, 4], resolution an integer in [32, 1024]. */
const ALPHA_MAX = 4;
const RES_MIN = 32;
const RES_MAX = 1024;

type Params = URLSearchParams | Readonly<Record<string, string | string[] | undefined>>;

function read(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * A friendly first block: among the blocks that showcase the kind (all, unless the catalog says
 * otherwise), the first stride-1 one past the stem if there is one, else the first.
 */
function defaultBlock(kind: BlockKindSlug, model: ModelId): number {
  const specs = MODEL_SPECS[model].blocks;
  const { showcases } = blockKind(kind);
  const qualifying = qualifyingBlocks(kind, model);
  const showcased = qualifying.filter((i) => !showcases || (specs[i] && showcases(specs[i])));
  const blocks = showcased.length > 0 ? showcased : qualifying;
  const preferred = blocks.find((i) => {
    const s = specs[i];
    return s !== undefined && "stride" in s && s.stride === 1 && i > 1;
  });
  return preferred ?? blocks[0] ?? 0;
}

/** Defaults for a kind: its first model, a representative block, α = 1, the model's own resolution. */
export function defaultBlockState(kind: BlockKindSlug, model?: ModelId): BlockPageState {
  const m = model ?? modelsWithKind(kind)[0] ?? "v1";
  return {
    model: m,
    block: defaultBlock(kind, m),
    alpha: 1,
    resolution: MODEL_SPECS[m].defaultResolution,
  };
}

/** Validates URL params against the kind (model must have the kind, block must be of it). */
export function parseBlockState(kind: BlockKindSlug, params: Params): BlockPageState {
  const rawModel = read(params, "model");
  const model =
    isModelId(rawModel) && modelsWithKind(kind).includes(rawModel) ? rawModel : undefined;
  const base = defaultBlockState(kind, model);
  const block = Number(read(params, "block"));
  const alpha = Number(read(params, "alpha"));
  const res = Number(read(params, "res"));
  return {
    model: base.model,
    block:
      Number.isInteger(block) && qualifyingBlocks(kind, base.model).includes(block)
        ? block
        : base.block,
    alpha: Number.isFinite(alpha) && alpha > 0 && alpha <= ALPHA_MAX ? alpha : base.alpha,
    resolution: Number.isInteger(res) && res >= RES_MIN && res <= RES_MAX ? res : base.resolution,
  };
}

/** The query string (without "?") for a state; parseBlockState(serializeBlockState(s)) === s. */
export function serializeBlockState(state: BlockPageState): string {
  return new URLSearchParams({
    model: state.model,
    block: String(state.block),
    alpha: String(state.alpha),
    res: String(state.resolution),
  }).toString();
}
