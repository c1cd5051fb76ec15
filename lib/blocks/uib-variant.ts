/** The four instantiations of MobileNetV4's universal inverted bottleneck (V4 §3.2, Fig. 4). */
import type { UibSpec } from "@/lib/arch/types";

export type UibVariant = "IB" | "ConvNext-like" | "ExtraDW" | "FFN";

/** Which optional depthwise convs are present decides the name: IB (0,k), ConvNext (k,0), ExtraDW (k,k), FFN (0,0). */
export function uibVariant(spec: Pick<UibSpec, "startDw" | "midDw">): UibVariant {
  if (spec.startDw > 0 && spec.midDw > 0) return "ExtraDW";
  if (spec.startDw > 0) return "ConvNext-like";
  if (spec.midDw > 0) return "IB";
  return "FFN";
}

/** One clause saying which optional depthwise convs this UIB has. */
export function uibPresence(spec: Pick<UibSpec, "startDw" | "midDw">): string {
  const start =
    spec.startDw > 0 ? `a ${spec.startDw}×${spec.startDw} start depthwise` : "no start depthwise";
  const mid =
    spec.midDw > 0 ? `a ${spec.midDw}×${spec.midDw} middle depthwise` : "no middle depthwise";
  return `${start} and ${mid}`;
}
