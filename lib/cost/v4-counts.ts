import { PUBLISHED_POINTS, PUBLISHED_SOURCES, V4_OTHER_COUNTS } from "../arch/published";
import type { V4ModelId } from "../arch/published";
import { resolveNetwork } from "./resolve-network";

/** One V4 model counted four ways: the paper, timm, the TF backbone, and our engine. */
export interface V4CountRow {
  readonly model: V4ModelId;
  readonly resolution: number;
  /** Paper Tab. 6, as printed (millions; MACs converted from G). */
  readonly paperParamsM: number;
  readonly paperMacsM: number;
  readonly timmParamsM: number;
  readonly timmMacsM: number;
  readonly tfBackboneParams: number;
  /** Our conv + FC weights and biases (the papers' convention, no BN). */
  readonly ourParams: number;
  /** Ours + BN γ/β: the count timm prints. */
  readonly ourParamsWithBn: number;
  /**
   * Ours counted like the TF backbone's unit test: without the 1000-class classifier, with all four BN
   * vectors (γ, β, moving mean, moving variance) and layer-scale γ once. Equals tfBackboneParams.
   */
  readonly ourParamsTfStyle: number;
  readonly ourMacs: number;
}

const ORDER: readonly V4ModelId[] = [
  "v4-conv-s",
  "v4-conv-m",
  "v4-hybrid-m",
  "v4-conv-l",
  "v4-hybrid-l",
];

function paperCell(model: V4ModelId) {
  const p = PUBLISHED_POINTS.find(
    (x) => x.source === PUBLISHED_SOURCES.v4Table6 && x.model === model,
  );
  if (!p || p.paramsM === null || p.macsM === null) throw new Error(`No Tab. 6 row for ${model}`);
  return { resolution: p.resolution, paramsM: p.paramsM, macsM: p.macsM };
}

/** The counting disagreements of facts §A.4, row by row, with our engine's exact numbers. */
export function v4CountComparison(): readonly V4CountRow[] {
  return ORDER.map((model) => {
    const paper = paperCell(model);
    const net = resolveNetwork(model, { resolution: paper.resolution });
    const classifier = net.layers
      .filter((l) => l.path.startsWith("classifier"))
      .reduce((s, l) => s + l.params, 0);
    const layerScale = net.blocks.reduce(
      (s, b) =>
        (b.spec.kind === "uib" || b.spec.kind === "mqa") && b.spec.layerScale ? s + b.output.c : s,
      0,
    );
    const { params, bnParams, macs } = net.totals;
    const other = V4_OTHER_COUNTS[model];
    return {
      model,
      resolution: paper.resolution,
      paperParamsM: paper.paramsM,
      paperMacsM: paper.macsM,
      timmParamsM: other.timmParamsM,
      timmMacsM: other.timmGmacs * 1000,
      tfBackboneParams: other.tfBackboneParams,
      ourParams: params,
      ourParamsWithBn: params + bnParams,
      // bnParams books 2 per BN channel and 1 per layer-scale channel; TF stores 4 and 1.
      ourParamsTfStyle: params - classifier + 2 * bnParams - layerScale,
      ourMacs: macs,
    };
  });
}
