import type { ModelId } from "@/lib/arch/types";

/**
 * Where a paper's own layer table differs from the official code the engine follows (facts §A.1, §A.3,
 * §A.4). Shown under the explorer's layer table, so a reader comparing it with the paper is not misled.
 */
const NOTES: Partial<Readonly<Record<ModelId, readonly string[]>>> = {
  v1: [
    "V1 Table 1 lists the last depthwise conv (block13/depthwise here) as stride 2 on a 7×7 input. That is an erratum: a 7×7 input followed by a 7×7 average pool only fits stride 1, which the official code uses and so does this count (it gives the paper's 569 M).",
  ],
  "v3-small": [
    "V3 Table 2 marks squeeze-and-excite on the last 1×1 conv (576 channels); the official code has none there and neither does this count, which then gives the paper's 2.5 M params.",
  ],
  "v3-large-minimalistic": [
    "No paper has this variant: it is TF-slim's MobileNetV3-Large without squeeze-and-excite, h-swish or 5×5 kernels (every depthwise is 3×3, every activation ReLU), with V3-Large's channels and expansions. The counts match the released checkpoint file layer by layer; TF-slim lists 209 M MACs and 3.9 M params.",
  ],
  "v4-conv-s": [
    "The paper calls the second and third stem layers a FusedIB; the official code (TF and timm) builds them as a separate 3×3 conv and 1×1 conv, each with BN and ReLU, and so does this count.",
  ],
  "v4-hybrid-m": [
    "The paper's appendix layer table orders the stage 4 and 5 blocks differently from the official code. The released weights follow the code (TF and timm agree block by block), and so does this count.",
  ],
};

/** The paper-vs-code notes for a model (empty when there are none). */
export function architectureNotes(model: ModelId): readonly string[] {
  return NOTES[model] ?? [];
}
