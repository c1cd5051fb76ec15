/**
 * The lab's graphs follow the official code's architecture, not a paper's printed totals. This lists,
 * per model, the parameter count its own paper prints beside ours and the built graph's, so the lab
 * can show both (several papers' totals are not reproducible: facts §A.3, §A.4).
 */
import { MODEL_IDS } from "@/lib/arch/models";
import { OWN_PAPER, PUBLISHED_POINTS } from "@/lib/arch/published";
import type { ModelId } from "@/lib/arch/types";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { graphParamCount } from "@/lib/onnx/graph-param-count";

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
