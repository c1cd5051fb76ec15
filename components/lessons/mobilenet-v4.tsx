import { SELF_CHECKS } from "@/lib/lessons/self-check-questions";
import { splitByOp } from "@/lib/cost/op-split";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { BlockBreakdown } from "./block-breakdown";
import { LessonBlock } from "./lesson-block";
import { CostLink } from "./cost-link";
import { Figure, Prose } from "./prose";
import { SelfCheck } from "./self-check";
import { UibExamples } from "./uib-examples";

/** Lesson 6: MobileNetV4's universal inverted bottleneck and Mobile MQA. */
export function MobileNetV4Lesson() {
  const hybrid = resolveNetwork("v4-hybrid-m");
  const attention = splitByOp(hybrid).attention;
  return (
    <Prose>
      <p>
        By 2024 a &ldquo;phone&rdquo; could mean a CPU, a GPU, a DSP or an EdgeTPU, and a block that
        is fast on one can be slow on another. MobileNetV4 answers with one flexible block whose
        variant is chosen block by block, plus an attention block designed for mobile hardware.
      </p>
      <h2>The universal inverted bottleneck</h2>
      <p>
        The UIB is V2&apos;s expand-and-project block with two optional depthwise convolutions: one
        at the start, before the expansion, and one in the middle, between expansion and projection.
        Switching each on or off gives four blocks:
      </p>
      <Figure>
        <UibExamples />
      </Figure>
      <LessonBlock
        kind="v4-uib"
        model="v4-conv-m"
        blockIndex={2}
        caption="An ExtraDW block of MobileNetV4-Conv-M animated: both optional depthwise convolutions are on."
      />
      <p>
        Conv-M and Conv-L also start with a fused inverted bottleneck, where a full k×k convolution
        does the expansion, followed by a 1×1 projection.
      </p>
      <h2>Mobile MQA</h2>
      <p>
        The hybrid V4 models add attention in their last two stages. Mobile MQA is multi-query
        attention: several query heads share a single key head and a single value head, so there are
        far fewer keys and values to compute and read. In Hybrid-M&apos;s fourth stage (16×16 at 256
        px), the keys and values are also computed on a map downsampled by a stride-2 depthwise
        convolution. The paper&apos;s abstract reports that Mobile MQA gives &ldquo;a significant
        39% speedup&rdquo;.
      </p>
      <Figure caption="One Mobile MQA block of MobileNetV4-Hybrid-M at 256 px: the projections are 1×1 layers; the query-key and attention-value products are not counted as MACs here.">
        <BlockBreakdown
          model="v4-hybrid-m"
          block="block8"
          caption="MobileNetV4-Hybrid-M, block8 (MQA with key/value downsampling)"
        />
      </Figure>
      <LessonBlock
        kind="v4-mqa"
        model="v4-hybrid-m"
        blockIndex={8}
        caption="The same Mobile MQA block animated."
      />
      <p>
        In our count, attention layers take {(100 * attention.macsShare).toFixed(1)} % of
        Hybrid-M&apos;s multiply-adds (
        <CostLink model="v4-hybrid-m" metric="macs" /> in total).
      </p>
      <h2>The numbers, with a caveat</h2>
      <p>
        Our count of MobileNetV4-Conv-S from the official block specification is{" "}
        <CostLink model="v4-conv-s" metric="macs" /> and{" "}
        <CostLink model="v4-conv-s" metric="params" />, consistent with the 0.2 G and 3.8 M usually
        quoted. The V4 accuracy table (for example Conv-S at 73.8 % top-1) has so far only been
        checked against secondary sources, so this site marks it as unverified. V4&apos;s table also
        retrains V1–V3 with a newer recipe, so its scores for them are higher than their own
        papers&apos; and should not be mixed with those.{" "}
      </p>
      <SelfCheck questions={SELF_CHECKS["mobilenet-v4"] ?? []} />
    </Prose>
  );
}
