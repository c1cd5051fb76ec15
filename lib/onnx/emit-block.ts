import type { InvertedResidualSpec, ResolvedBlock, UibSpec } from "@/lib/arch/types";
import { emitChannelScale, emitClassifier, emitConv } from "./conv-ops";
import type { GraphBuilder } from "./graph-builder";
import { attributes } from "./graph-builder";
import { LayerCursor } from "./layer-cursor";
import { LAYER_SCALE_INIT, emitMqa } from "./mqa-ops";

/** Name of the graph output: [1, classes] logits (no softmax, as in exported classifiers). */
export const OUTPUT_NAME = "logits";

/** The last conv of a residual branch starts at half scale so ~10–30 residual adds keep activations finite. */
const RESIDUAL_BRANCH_SCALE = 0.5;

function residualAdd(b: GraphBuilder, block: ResolvedBlock, x: string, y: string): string {
  return block.residual ? b.node("Add", `${block.name}/residual`, [x, y], "other") : y;
}

/**
 * Squeeze-and-excite (V3 Fig. 4): GlobalAveragePool → 1×1 reduce + ReLU → 1×1 expand → HardSigmoid
 * (V3's h-sigmoid = ReLU6(x + 3)/6, i.e. α = 1/6, β = 0.5) → channel-wise Mul.
 */
function emitSqueezeExcite(
  b: GraphBuilder,
  x: string,
  block: ResolvedBlock,
  rows: LayerCursor,
): string {
  const pooled = b.node("GlobalAveragePool", `${block.name}/se/pool`, [x], "se");
  const reduced = emitConv(b, pooled, rows.take("se"), { act: "relu", bias: true });
  const expandRow = rows.take("se");
  const logits = emitConv(b, reduced, expandRow, { act: "linear", bias: true });
  const gate = b.node(
    "HardSigmoid",
    `${expandRow.path}/gate`,
    [logits],
    "se",
    attributes({ alpha: 1 / 6, beta: 0.5 }, ["alpha", "beta"]),
  );
  return b.node("Mul", `${block.name}/se/scale`, [x, gate], "se");
}

/** V2 inverted residual / V3 bneck: [expand] → depthwise → [SE] → linear project (+ input). */
function emitInvertedResidual(
  b: GraphBuilder,
  x: string,
  block: ResolvedBlock,
  spec: InvertedResidualSpec,
  rows: LayerCursor,
): string {
  let y = x;
  // The engine skips the expansion conv exactly when the expanded width equals the input width.
  if (spec.expanded !== block.input.c)
    y = emitConv(b, y, rows.take("pointwise"), { act: spec.act, bias: true });
  y = emitConv(b, y, rows.take("depthwise"), { act: spec.act, bias: true });
  if (spec.se) y = emitSqueezeExcite(b, y, block, rows);
  const scale = block.residual ? RESIDUAL_BRANCH_SCALE : 1;
  y = emitConv(b, y, rows.take("pointwise"), { act: "linear", bias: true, weightScale: scale });
  return residualAdd(b, block, x, y);
}

/** V4 UIB: [start dw, no act] → 1×1 expand → [middle dw] → linear 1×1 project → [layer scale] (+ input). */
function emitUib(
  b: GraphBuilder,
  x: string,
  block: ResolvedBlock,
  spec: UibSpec,
  rows: LayerCursor,
): string {
  let y = x;
  if (spec.startDw > 0) y = emitConv(b, y, rows.take("depthwise"), { act: "linear", bias: true });
  y = emitConv(b, y, rows.take("pointwise"), { act: spec.act, bias: true });
  if (spec.midDw > 0) y = emitConv(b, y, rows.take("depthwise"), { act: spec.act, bias: true });
  const scale = block.residual ? RESIDUAL_BRANCH_SCALE : 1;
  const project = rows.take("pointwise");
  y = emitConv(b, y, project, { act: "linear", bias: true, weightScale: scale });
  if (spec.layerScale) {
    y = emitChannelScale(b, y, {
      name: `${block.name}/layer-scale`,
      channels: project.output.c,
      gamma: LAYER_SCALE_INIT,
      shift: false,
      category: "other",
    });
  }
  return residualAdd(b, block, x, y);
}

/** Emits one resolved block after tensor `x`; returns the block's output tensor name. */
export function emitBlock(b: GraphBuilder, x: string, block: ResolvedBlock): string {
  const rows = new LayerCursor(block);
  const { spec } = block;
  let y: string;
  switch (spec.kind) {
    case "conv": {
      const row = block.layers[0];
      y = emitConv(b, x, rows.take(row?.op ?? "conv"), { act: spec.act, bias: true });
      break;
    }
    case "depthwiseSeparable":
      y = emitConv(b, x, rows.take("depthwise"), { act: spec.act, bias: true });
      y = emitConv(b, y, rows.take("pointwise"), { act: spec.act, bias: true });
      break;
    case "invertedResidual":
      y = emitInvertedResidual(b, x, block, spec, rows);
      break;
    case "uib":
      y = emitUib(b, x, block, spec, rows);
      break;
    case "fusedIb": {
      y = emitConv(b, x, rows.take("conv"), { act: spec.act, bias: true });
      const scale = block.residual ? RESIDUAL_BRANCH_SCALE : 1;
      y = emitConv(b, y, rows.take("pointwise"), { act: "linear", bias: true, weightScale: scale });
      y = residualAdd(b, block, x, y);
      break;
    }
    case "mqa":
      y = emitMqa(b, x, block, spec, rows);
      break;
    case "globalPool":
      y = b.node("GlobalAveragePool", `${block.name}/gap`, [x], "other");
      break;
    case "fc":
      y = emitClassifier(b, x, rows.take("fc"), OUTPUT_NAME);
      break;
    default: {
      const unknown: never = spec;
      throw new Error(`Unhandled block ${JSON.stringify(unknown)}`);
    }
  }
  rows.finish();
  return y;
}
