/**
 * The lab's graphs follow the official code's architecture, not a paper's printed totals. This lists,
 * per model, the parameter count its own paper prints beside ours and the built graph's, so the lab
 * can show both (several papers' totals are not reproducible: facts §A.3, §A.4).
 */
import { MODEL_IDS } from "@/lib/arch/models";
import { PUBLISHED_POINTS, PUBLISHED_SOURCES as S } from "@/lib/arch/published";
import type { ModelId, ResolvedNetwork } from "@/lib/arch/types";
import { resolveNetwork } from "@/lib/cost/resolve-network";

export interface ParamSourceRow {
  readonly model: ModelId;
  /** The model's own paper, α = 1: printed params in millions, and where. */
  readonly paperParamsM: number;
  readonly paperSource: string;
  /** Engine count, papers' convention (conv + FC weights and biases, no BN). */
  readonly ourParams: number;
  /** Float initializers of the lab's ONNX graph: BN folded into conv biases. */
  readonly graphParams: number;
}

const OWN_PAPER: Readonly<Record<ModelId, string>> = {
  v1: S.v1Table6,
  v2: S.v2Table4,
  "v3-large": S.v3Table3,
  "v3-small": S.v3Table3,
  // No paper has it: TF-slim's checkpoint table is its own source (facts §B.1).
  "v3-large-minimalistic": S.v3Slim,
  "v4-conv-s": S.v4Table6,
  "v4-conv-m": S.v4Table6,
  "v4-conv-l": S.v4Table6,
  "v4-hybrid-m": S.v4Table6,
  "v4-hybrid-l": S.v4Table6,
};

/**
 * What the lab's graph holds: folding a BN keeps its β as the conv bias (half of the engine's bnParams),
 * while V4 layer-scale γ and the MQA input norm's γ/β stay as their own tensors.
 */
export function graphParamCount(net: ResolvedNetwork): number {
  let count = net.totals.params + net.totals.bnParams / 2;
  for (const block of net.blocks) {
    const { spec } = block;
    if ((spec.kind === "uib" || spec.kind === "mqa") && spec.layerScale)
      count += block.output.c / 2;
    if (spec.kind === "mqa") count += block.input.c;
  }
  return count;
}

export function labParamSources(): readonly ParamSourceRow[] {
  return MODEL_IDS.flatMap((model) => {
    const source = OWN_PAPER[model];
    const row = PUBLISHED_POINTS.find(
      (p) => p.source === source && p.model === model && p.alpha === 1 && p.paramsM !== null,
    );
    if (!row || row.paramsM === null) return [];
    const net = resolveNetwork(model);
    return [
      {
        model,
        paperParamsM: row.paramsM,
        paperSource: source,
        ourParams: net.totals.params,
        graphParams: graphParamCount(net),
      },
    ];
  });
}
