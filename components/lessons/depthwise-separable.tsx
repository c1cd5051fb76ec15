import Link from "next/link";
import { SelfCheck } from "./self-check";
import { CostLink } from "./cost-link";
import { FilterVisual } from "./filter-visual";
import { KernelSlide } from "./kernel-slide";
import { Figure, Prose } from "./prose";
import { SeparableCalculator } from "./separable-calculator";
import { Tex } from "./tex";
import { BlocksLink } from "./blocks-link";
import { SELF_CHECKS } from "@/lib/lessons/self-check-questions";
import { InsideLink } from "@/components/inside/inside-link";
import { REAL_V1 } from "@/lib/inside/inside-links";
import { insideHref } from "@/lib/inside/inside-state";
import { Term } from "./term";

/** Lesson 2: standard vs depthwise separable convolution, with the calculator. */
export function DepthwiseSeparableLesson() {
  return (
    <Prose>
      <p>
        A standard <Term id="convolution">convolution</Term> does two jobs at once: it filters each
        position with a D<sub>K</sub>×D<sub>K</sub> <Term id="kernel">kernel</Term>, and it mixes
        the M input <Term id="channel">channels</Term> into N output channels. MobileNetV1 splits
        those jobs into two layers, and the saving is large.
      </p>
      <Figure caption="A convolution at work on one channel: the 3×3 kernel sits on nine cells of the photo, multiplies each by its weight and adds the nine products into one output value, then moves one cell on. This kernel answers strongly where the picture turns from dark to light (or light to dark) going right. A real layer does this for every one of its input channels and every output channel; counting those multiply-adds is what this lesson is about. Photo: Stefan van der Walt, CC0.">
        <KernelSlide />
      </Figure>
      <h2>One filter per channel, then a 1×1 mix</h2>
      <p>
        A standard layer has N filters, and every one of them spans all M input channels. A{" "}
        <Term id="depthwise">
          <em>depthwise</em>
        </Term>{" "}
        layer has one D<sub>K</sub>×D<sub>K</sub> filter per input channel and never mixes channels.
        A{" "}
        <Term id="pointwise">
          <em>pointwise</em>
        </Term>{" "}
        layer (a 1×1 convolution) then mixes channels without looking at neighbours.
      </p>
      <p>
        The idea is older than MobileNet, and V1 says so (§2): depthwise separable convolutions were
        introduced in Laurent Sifre&apos;s 2014 thesis, Inception models used them to cut the cost
        of their first layers, and Xception scaled them up. What V1 adds is a whole network built
        from them, with two knobs to shrink it.
      </p>
      <Figure caption="Left: a standard convolution. Right: depthwise filters (one per channel) followed by pointwise 1×1 filters.">
        <FilterVisual />
      </Figure>
      <p>
        Count the multiply-adds on a D<sub>F</sub>×D<sub>F</sub> output{" "}
        <Term id="feature-map">feature map</Term> (V1 §3.1: Eq. 2 for the standard layer, Eq. 4 for
        the depthwise part, Eq. 5 for the separable total):
      </p>
      <Tex
        display
        math={String.raw`\text{standard} = D_K \cdot D_K \cdot M \cdot N \cdot D_F \cdot D_F`}
      />
      <Tex
        display
        math={String.raw`\begin{aligned} \text{separable} &= \underbrace{D_K \cdot D_K \cdot M \cdot D_F \cdot D_F}_{\text{depthwise}} \\ &+ \underbrace{M \cdot N \cdot D_F \cdot D_F}_{\text{pointwise}} \end{aligned}`}
      />
      <p>
        Divide one by the other and almost everything cancels (V1 §3.1, the unnumbered line after
        Eq. 5):
      </p>
      <Tex
        display
        math={String.raw`\frac{\text{separable}}{\text{standard}} = \frac{1}{N} + \frac{1}{D_K^2}`}
      />
      <p>
        For a 3×3 kernel the second term is 1/9, and N is usually in the hundreds, so the layer
        costs between 8 and 9 times less. The paper says &ldquo;8 to 9 times less
        computation&rdquo;. Try it:
      </p>
      <Figure>
        <SeparableCalculator
          formulas={
            <p className="text-sm text-slate-600 dark:text-slate-400">
              With a stride, D<sub>F</sub> is the output size ⌈input / stride⌉; the ratio does not
              change, because both costs shrink by the same factor.
            </p>
          }
          player={
            <>
              The layer above as a MobileNetV1 block, step by step: the depthwise filters, then the
              pointwise mix. Change the calculator and the block follows.{" "}
              <BlocksLink kind="v1-separable" label="Open it full size and pick any block" />
            </>
          }
        />
      </Figure>
      <p>
        The first preset is the layer of V1&apos;s Table 3: 462 M multiply-adds and 2.36 M weights
        as a standard convolution, 52.3 M and 0.27 M when separable.
      </p>
      <h2>The whole network</h2>
      <p>
        V1 Table 4 compares the same network built both ways. Built from depthwise separable
        convolutions it has 28 layers, counting each depthwise and each pointwise convolution as its
        own layer (plus the first convolution and the classifier); with standard convolutions each
        pair becomes one layer, about 15 in all. With standard convolutions it reaches 71.7 %
        ImageNet top-1 for 4,866 M multiply-adds and 29.3 M parameters. With depthwise separable
        ones it reaches 70.6 % for 569 M and 4.2 M. Our count for the separable network is{" "}
        <CostLink metric="macs" /> and <CostLink metric="params" />: one accuracy point for about
        8.5× less arithmetic.
      </p>
      <p>
        The cost has moved, though. After the split, the 1×1 convolutions do almost all the work:
        V1&apos;s Table 2 puts 94.86 % of its multiply-adds there. Open the{" "}
        <Link href="/explore?model=v1&alpha=1&res=224" className="underline">
          explorer&apos;s split by kind
        </Link>{" "}
        to see it per layer.{" "}
      </p>
      <p>
        <InsideLink href={insideHref(REAL_V1, "block2/depthwise")}>
          See both halves in a real MobileNetV1 on your own photo: a depthwise channel, its one
          input channel and its real 3×3 kernel; a pointwise channel and its 1×1 weights
        </InsideLink>
      </p>
      <SelfCheck questions={SELF_CHECKS["depthwise-separable"] ?? []} />
    </Prose>
  );
}
