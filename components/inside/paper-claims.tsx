import type { InsideLayer } from "@/lib/inside/inside-protocol";
import type { TensorStats } from "@/lib/inside/tensor-stats";
import { formatStat } from "./format-stat";

/**
 * The sentence that ties this layer's real numbers to its paper: V2's linear bottleneck (projections
 * go negative, ReLU6 outputs stay in [0, 6]), V3's squeeze-and-excite gates and h-swish, and the ReLU
 * that V3-Large minimalistic keeps instead.
 */
export function PaperClaim({
  version,
  architecture = "",
  layer,
  stats,
}: {
  readonly version: string;
  /** The cost engine's model id ("v3-large-minimalistic"), when the page knows it. */
  readonly architecture?: string;
  readonly layer: InsideLayer;
  readonly stats: TensorStats;
}) {
  const text = claimFor(version, layer, stats, architecture);
  if (!text) return null;
  return (
    <p
      className="rounded-lg bg-slate-100 p-3 text-sm text-slate-800 dark:bg-slate-800/60 dark:text-slate-200"
      data-testid="paper-claim"
    >
      {text}
    </p>
  );
}

function claimFor(
  version: string,
  layer: InsideLayer,
  s: TensorStats,
  architecture: string,
): string | null {
  const range = `from ${formatStat(s.min)} to ${formatStat(s.max)}`;
  if (version === "v2" && layer.path.endsWith("/project"))
    return `Linear bottleneck (MobileNetV2): this 1×1 projection has no ReLU6, so its outputs keep their sign — here they run ${range}. A ReLU here would zero every negative value and lose that information in the narrow bottleneck.`;
  if (version === "v2" && layer.activation === "relu6")
    return `ReLU6 clips every value into [0, 6]: this layer's outputs run ${range}, and ${(s.zeroFraction * 100).toFixed(0)} % are exactly 0. Inside each bottleneck only the wide expanded tensors get this non-linearity; the narrow projections stay linear.`;
  if (layer.activation === "hsigmoid")
    return `Squeeze-and-excite (MobileNetV3): these ${layer.output.c} numbers are the gates for this photo, one per channel, from a hard sigmoid ReLU6(x+3)/6, so each lies in [0, 1] (here ${range}). Each channel of the depthwise output is multiplied by its gate.`;
  if (architecture === "v3-large-minimalistic" && layer.activation === "relu")
    return `ReLU where MobileNetV3-Large has h-swish (the minimalistic variant): max(0, x), so this layer's outputs run ${range} and ${(s.zeroFraction * 100).toFixed(0)} % are exactly 0. The variant also drops squeeze-and-excite and 5×5 kernels: 209 M multiply-adds instead of 217 M and 3.9 M parameters instead of 5.4 M, for 72.3 % top-1 instead of 75.2 % (TF-slim's checkpoint table).`;
  if (layer.activation === "hswish")
    return `h-swish (MobileNetV3): x·ReLU6(x+3)/6, a cheap stand-in for swish. Below −3 it outputs 0, above +3 it passes x unchanged; in between it bends. The histogram of the raw values before it shows where this photo's values fall on that curve.`;
  return null;
}
