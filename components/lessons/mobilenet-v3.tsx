import Link from "next/link";
import { SELF_CHECKS } from "@/lib/lessons/self-check-questions";
import { ActivationPlot } from "@/components/charts/activation-plot";
import { formatCount, formatExact } from "@/lib/cost/format";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { explorerHref } from "@/lib/explorer/explorer-state";
import { BlockBreakdown } from "./block-breakdown";
import { LessonBlock } from "./lesson-block";
import { CostLink } from "./cost-link";
import { Figure, Prose } from "./prose";
import { SelfCheck } from "./self-check";
import { Tex } from "./tex";
import { InsideLink } from "@/components/inside/inside-link";
import { REAL_V3 } from "@/lib/inside/inside-links";
import { insideHref } from "@/lib/inside/inside-state";

/** Lesson 5: MobileNetV3 — search, squeeze-and-excite, h-swish and the cheaper head. */
export function MobileNetV3Lesson() {
  const large = resolveNetwork("v3-large");
  const prelogits = large.layers.find((l) => l.path.startsWith("prelogits"));
  const head = large.layers.find((l) => l.path.startsWith("head"));
  const reduce = large.layers.find((l) => l.path === "block4/se/reduce");
  const reduce5 = large.layers.find((l) => l.path === "block5/se/reduce");
  const se = { in: reduce?.input.c ?? 0, mid: reduce?.output.c ?? 0 };
  const se5 = { in: reduce5?.input.c ?? 0, mid: reduce5?.output.c ?? 0 };
  return (
    <Prose>
      <p>
        MobileNetV3 keeps V2&apos;s inverted residual block and changes three things around it: how
        the network was found, what the blocks compute, and how the network ends.
      </p>
      <h2>Searched for a phone</h2>
      <p>
        Instead of choosing every layer by hand, the V3 authors combined two searches (V3 §4). A
        platform-aware architecture search, as in MnasNet, chose the blocks: candidate networks were
        scored on accuracy and on latency measured on real phones, and for V3-Large it started from
        MnasNet-A1. NetAdapt then tuned the result layer by layer, shrinking expansion layers and
        bottlenecks a small step at a time while the measured latency fell: that is where widths
        such as 72, 184 or 88 come from. The result is two models, V3-Large and V3-Small, whose
        layer tables give every block its own kernel size (3×3 or 5×5), expansion width, and choice
        of squeeze-and-excite and activation.
      </p>
      <p>
        Several parts were then set by hand (V3 §5): the cheaper head and the thinner stem described
        below, h-swish only in the second half of the network, and the squeeze-and-excite width
        fixed at a quarter of the expansion.
      </p>
      <h2>Squeeze-and-excite</h2>
      <p>
        Some V3 blocks add a squeeze-and-excite (SE) module after the depthwise convolution. It
        averages each channel over the whole map (squeeze), passes the result through two small 1×1
        layers whose middle width is a quarter of the expansion channels, and turns it into a weight
        between 0 and 1 per channel with a hard sigmoid (excite). The quarter is rounded the way
        every V3 width is, by make_divisible(·, 8): to the nearest multiple of 8, but up whenever
        rounding down would lose more than 10 %. So the block below squeezes {se.in} channels to{" "}
        {se.in} / 4 = {se.in / 4} → {se.mid}, and the {se5.in}-channel blocks squeeze {se5.in / 4} →{" "}
        {se5.mid}. Each channel is then scaled by its weight: the block learns which channels matter
        for this image.
      </p>
      <Figure caption="A V3-Large block with SE (5×5 depthwise, expansion 72): the SE layers are tiny next to the convolutions.">
        <BlockBreakdown
          model="v3-large"
          block="block4"
          caption="MobileNetV3-Large 1.0-224, block4"
        />
      </Figure>
      <LessonBlock
        kind="v3-bneck"
        model="v3-large"
        blockIndex={4}
        caption="The same block animated, with its squeeze-and-excite branch."
      />
      <h2>h-swish: swish made cheap</h2>
      <p>
        The swish activation, x·σ(x), improves accuracy over ReLU, but the sigmoid σ is slow to
        compute on a phone. V3 replaces σ by a piecewise-linear &ldquo;hard&rdquo; sigmoid built
        from ReLU6:
      </p>
      <Tex
        display
        math={String.raw`\text{h-sigmoid}(x) = \frac{\mathrm{ReLU6}(x+3)}{6}, \qquad \text{h-swish}(x) = x \cdot \frac{\mathrm{ReLU6}(x+3)}{6}`}
      />
      <Figure caption="h-swish is exactly 0 below −3 and exactly x above 3, and stays close to swish in between.">
        <ActivationPlot />
      </Figure>
      <p>
        In V3-Large&apos;s table, h-swish is used in the first layer and in every block from the
        80-channel stage on; the early blocks keep ReLU. The paper&apos;s ablation (Table 5) puts
        V3-Large at 75.2 % and 51.4 ms with h-swish, against 74.5 % and 50.5 ms with ReLU only.
      </p>
      <h2>A cheaper head</h2>
      <p>
        The end of the network was redesigned. V3 applies the wide 1×1 convolution to 960 channels
        at 7×7, pools to 1×1, and only then runs the 1280-wide layer, on a single pixel, without
        BatchNorm.{" "}
        {prelogits && head && (
          <>
            In our count the pooled 1280 layer costs{" "}
            <Link
              href={explorerHref("v3-large", { layer: prelogits.path })}
              title={`Exactly ${formatExact(prelogits.macs)} MACs`}
              className="underline decoration-dotted underline-offset-2"
            >
              {formatCount(prelogits.macs)} MACs
            </Link>
            ; at 7×7 it would cost 49 times as much. The paper reports that the redesign saves 30 M
            multiply-adds and 7 ms, 11 % of the running time, and that cutting the stem from 32 to
            16 filters saves another 10 M multiply-adds and 2 ms.
          </>
        )}
      </p>
      <h2>The result</h2>
      <p>
        The final V3 paper (Table 3) reports V3-Large 1.0 at 75.2 % top-1 with 219 M multiply-adds
        and 5.4 M parameters, and V3-Small 1.0 at 67.4 % with 56 M and 2.5 M. Our conv-and-FC count
        gives <CostLink model="v3-large" metric="macs" /> and{" "}
        <CostLink model="v3-large" metric="params" /> for Large (the official checkpoints list 217
        M), and <CostLink model="v3-small" metric="macs" /> and{" "}
        <CostLink model="v3-small" metric="params" /> for Small. Earlier versions of the paper gave
        Small as 66 M and 2.9 M; those are not the final numbers.{" "}
      </p>
      <p>
        <InsideLink href={insideHref(REAL_V3, "block4/se/expand")}>
          See a real MobileNetV3-Small&apos;s squeeze-and-excite gates and h-swish inputs for your
          photo
        </InsideLink>
      </p>
      <SelfCheck questions={SELF_CHECKS["mobilenet-v3"] ?? []} />
    </Prose>
  );
}
