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
import { V3VariantTable } from "./v3-variant-table";
import { InsideLink } from "@/components/inside/inside-link";
import { REAL_V3, REAL_V3_MINIMALISTIC } from "@/lib/inside/inside-links";
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
      <h2 id="se-h-swish-cost">What SE and h-swish cost, and what they buy</h2>
      <p>
        The released V3 checkpoints include a &ldquo;minimalistic&rdquo; V3-Large: the same channels
        and expansions, but no squeeze-and-excite, no h-swish (ReLU everywhere) and only 3×3
        depthwise kernels. The engine knows it as its own model, so the three networks can be
        compared layer for layer:
      </p>
      <Figure caption="Engine counts at 224 px (each number opens the explorer). Top-1: V3-Large and V3-Small from the V3 paper's Table 3; the minimalistic model has no paper row, so TF-slim's checkpoint table.">
        <V3VariantTable />
      </Figure>
      <p>
        In multiply-adds the extras are cheap: V3-Large&apos;s eight SE branches add 1.5 M MACs,
        under 1 % of the network, the 5×5 kernels 5.9 M, and h-swish none (activations are not
        counted). In parameters SE is not cheap: its small 1×1 layers hold 1.51 M of V3-Large&apos;s
        5.46 M. In time, the multiply-add count misleads: TF-slim&apos;s table times the float
        minimalistic model at 44.1 ms on a Pixel 1 against 51.2 ms for the full V3-Large, 14 %
        faster for about 4 % fewer multiply-adds. The count leaves out what the extras ask of the
        chip: SE must average the whole map before it can scale a single channel, and h-swish costs
        time the count does not see (the paper&apos;s Table 5 times V3-Large at 51.4 ms with an
        optimized h-swish and 57.5 ms without). What they buy is accuracy: 75.2 % against 72.3 %
        top-1 for the float checkpoints (73.9 % against 71.3 % for the 8-bit files), almost three
        points for the three removals together. The paper&apos;s ablation isolates one of them: with
        ReLU instead of h-swish, V3-Large drops from 75.2 % to 74.5 %.
      </p>
      <p>
        Both kinds run on this site with your own photo. The two real V3 networks installed are
        V3-Small, which keeps SE and h-swish, and V3-Large minimalistic, which has neither. They are
        not a clean ablation (Small is also narrower and shallower), but they show the trade in
        practice: the minimalistic Large does 3.7 times Small&apos;s multiply-adds for about five
        points more top-1 (72.3 % against 67.4 %). Run both on your photo in{" "}
        <Link href="/classify" className="underline">
          /classify&apos;s compare mode
        </Link>{" "}
        to see their answers and measured times side by side.
      </p>
      <p>
        <InsideLink href={insideHref(REAL_V3_MINIMALISTIC, "block4/depthwise")}>
          See the same block of a real V3-Large minimalistic for your photo: 3×3, ReLU, no gates
        </InsideLink>
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
