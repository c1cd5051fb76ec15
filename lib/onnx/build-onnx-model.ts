import type { ModelId, ResolvedNetwork } from "@/lib/arch/types";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { emitBlock, OUTPUT_NAME } from "./emit-block";
import type { NodeCategory } from "./graph-builder";
import { GraphBuilder, OPSET } from "./graph-builder";
import type { OnnxModel } from "./onnx-proto";
import { encodeModel } from "./onnx-proto";

/** Name of the graph input: [1, 3, resolution, resolution] float32, NCHW. */
export const INPUT_NAME = "input";

/** The default seed; any seed gives the same graph structure and timing, only different numbers. */
export const DEFAULT_SEED = 20240418;

export interface BuiltOnnxModel {
  readonly model: ModelId;
  readonly alpha: number;
  readonly resolution: number;
  /** The serialized .onnx file. */
  readonly bytes: Uint8Array;
  readonly inputName: string;
  /** [1, 3, resolution, resolution] */
  readonly inputDims: readonly number[];
  readonly outputName: string;
  /** [1, classes] */
  readonly outputDims: readonly number[];
  /** Float elements of learned initializers (weights, biases incl. folded BN, per-channel γ/β). */
  readonly paramCount: number;
  /** The engine's multiply-adds for the same network (what the lab plots on x). */
  readonly macs: number;
  /** The engine's params (papers' convention: conv/FC weights and biases, BN excluded). */
  readonly engineParams: number;
  readonly nodeCount: number;
  /** Node name → op category, to book profiled kernel times. */
  readonly nodeCategories: ReadonlyMap<string, NodeCategory>;
}

/** Builds the ONNX object graph for a resolved network (exposed for tests that inspect nodes). */
export function buildOnnxGraph(
  net: ResolvedNetwork,
  seed = DEFAULT_SEED,
): { model: OnnxModel; builder: GraphBuilder; outputDims: number[] } {
  const b = new GraphBuilder(seed);
  let x = INPUT_NAME;
  for (const block of net.blocks) x = emitBlock(b, x, block);
  const last = net.blocks.at(-1);
  if (x !== OUTPUT_NAME || !last) throw new Error(`${net.model} does not end in a classifier.`);
  const outputDims = [1, last.output.c];
  const doc =
    `${net.model} α=${net.alpha} ${net.resolution}px, opset ${OPSET}. RANDOM WEIGHTS (seed ${seed}): ` +
    "for timing only, predictions are meaningless. BN folded into conv biases.";
  const model = b.toModel(
    { name: INPUT_NAME, dims: [1, 3, net.resolution, net.resolution] },
    { name: OUTPUT_NAME, dims: outputDims },
    doc,
  );
  return { model, builder: b, outputDims };
}

/**
 * Builds a runnable ONNX model of any MobileNet the cost engine knows, at width α and a square input,
 * from the engine's ResolvedNetwork, with deterministic random weights. Throws CostInputError for bad input.
 */
export function buildOnnxModel(
  model: ModelId,
  opts: { readonly alpha?: number; readonly resolution?: number; readonly seed?: number } = {},
): BuiltOnnxModel {
  const net = resolveNetwork(model, { alpha: opts.alpha, resolution: opts.resolution });
  const { model: graph, builder, outputDims } = buildOnnxGraph(net, opts.seed);
  return {
    model,
    alpha: net.alpha,
    resolution: net.resolution,
    bytes: encodeModel(graph),
    inputName: INPUT_NAME,
    inputDims: [1, 3, net.resolution, net.resolution],
    outputName: OUTPUT_NAME,
    outputDims,
    paramCount: builder.paramCount,
    macs: net.totals.macs,
    engineParams: net.totals.params,
    nodeCount: graph.graph.node.length,
    nodeCategories: builder.nodeCategories,
  };
}
