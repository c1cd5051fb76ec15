/** Plain-text descriptions of layers, shared by tooltips, the details panel and the text tables. */
import type { LayerCost, OpKind, TensorShape } from "@/lib/arch/types";

/** "112×112×32" (H×W×C, the papers' order). */
export function shapeText(s: TensorShape): string {
  return `${s.h}×${s.w}×${s.c}`;
}

const OP_WORDS: Readonly<Record<OpKind, string>> = {
  conv: "full conv",
  pointwise: "pointwise conv",
  depthwise: "depthwise conv",
  fc: "fully connected",
  se: "squeeze-and-excite",
  attention: "attention",
};

/** "expand", "key-downsample": the layer's own name, the last part of its path. */
export function layerName(layer: LayerCost): string {
  return layer.path.split("/").at(-1) ?? layer.path;
}

/** "3×3 depthwise conv, stride 2" — what the layer does, without its numbers. */
export function operationText(layer: LayerCost): string {
  const kernel = layer.op === "fc" ? "" : `${layer.kernel}×${layer.kernel} `;
  const stride = layer.stride > 1 ? `, stride ${layer.stride}` : "";
  return `${kernel}${OP_WORDS[layer.op]}${stride}`;
}
