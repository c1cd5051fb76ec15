import { SELF_CHECKS } from "@/lib/lessons/self-check-questions";
import { BlockBreakdown } from "./block-breakdown";
import { LessonBlock } from "./lesson-block";
import { CostLink } from "./cost-link";
import { Figure, Prose } from "./prose";
import { SelfCheck } from "./self-check";
import { Tex } from "./tex";
import { InsideLink } from "@/components/inside/inside-link";
import { REAL_V2 } from "@/lib/inside/inside-links";
import { insideHref } from "@/lib/inside/inside-state";
import { Term } from "./term";

/** Lesson 4: MobileNetV2's inverted residuals and linear bottlenecks. */
export function MobileNetV2Lesson() {
  return (
    <Prose>
      <p>
        MobileNetV1 is a plain stack: depthwise, pointwise, repeat. MobileNetV2 keeps the depthwise
        separable convolution but wraps it in a new block, the inverted residual with a linear
        bottleneck.
      </p>
      <h2>Expand, filter, project</h2>
      <p>
        A V2 block (Table 1 of the paper) takes a narrow tensor with k channels and does three
        things:
      </p>
      <ol className="list-decimal space-y-1 pl-6">
        <li>
          A 1×1 convolution expands it t times (t = 6 in most blocks) to t·k channels, followed by
          <Term id="relu">ReLU6</Term>.
        </li>
        <li>
          A 3×3 depthwise convolution filters the wide tensor, with ReLU6, and applies the
          block&apos;s stride.
        </li>
        <li>
          A 1×1 convolution projects it back down to a narrow k′ channels, with no activation.
        </li>
      </ol>
      <Tex
        display
        math={String.raw`\begin{aligned} & h \times w \times k \\ \xrightarrow{1\times1,\ \text{ReLU6}}\ & h \times w \times tk \\ \xrightarrow{3\times3\ \text{dw},\ \text{stride } s,\ \text{ReLU6}}\ & \tfrac{h}{s} \times \tfrac{w}{s} \times tk \\ \xrightarrow{1\times1,\ \text{linear}}\ & \tfrac{h}{s} \times \tfrac{w}{s} \times k' \end{aligned}`}
      />
      <p>
        When the stride is 1 and k = k′, the block adds its input to its output. The shortcut joins
        the narrow ends, the opposite of a classic <Term id="residual">residual</Term> block that
        joins wide ends around a narrow middle: hence &ldquo;inverted&rdquo;.
      </p>
      <Figure caption="A real V2 block from our cost engine: the second block at 56×56 (t = 6, 24 channels). Each MACs number opens that layer in the explorer.">
        <BlockBreakdown model="v2" block="block3" caption="MobileNetV2 1.0-224, block3" />
      </Figure>
      <LessonBlock
        kind="v2-inverted-residual"
        model="v2"
        blockIndex={3}
        caption="The same block animated: expand, filter, project, then add the input."
      />
      <h2>Why expand?</h2>
      <p>
        A depthwise convolution is cheap: it costs 9 multiply-adds per channel per pixel. Giving it
        six times more channels to work with costs little, while the tensors passed between blocks
        stay narrow. Narrow tensors are what has to be kept in memory: V2&apos;s Table 3 puts the
        largest activation memory at 200K for V2 against 800K for V1 (16-bit values). Notice in the
        table above that the two 1×1 convolutions, not the depthwise one, hold most of the cost.
      </p>
      <h2>Why no ReLU on the projection?</h2>
      <p>
        ReLU sets every negative value to zero. In a wide tensor that loses little, because the same
        information is spread over many channels. In a narrow bottleneck there is no spare room, and
        what ReLU zeroes is gone for every later block. So the projection stays linear: that is the
        &ldquo;linear bottleneck&rdquo; of the paper&apos;s title.
      </p>
      <h2>The result</h2>
      <p>
        MobileNetV2 1.0-224 reaches 72.0 % top-1 with 300 M multiply-adds and 3.4 M parameters (V2
        Table 4), against 70.6 %, 569 M and 4.2 M for MobileNetV1 in V1&apos;s own paper. Our exact
        counts are <CostLink model="v2" metric="macs" /> and <CostLink model="v2" metric="params" />{" "}
        for V2 and <CostLink metric="macs" /> for V1. The paper&apos;s 300 M and 3.4 M are not these
        counts rounded, and the paper does not say how it rounds; the official checkpoint table
        lists V2 at 300 M and 3.47 M. Papers also disagree with each other: V2&apos;s Table 4 lists
        V1 at 575 M, not the 569 M of V1&apos;s own paper. On one Pixel 1 core (Table 4), V2 took 75
        ms and V1 113 ms.
      </p>
      <p>
        <InsideLink href={insideHref(REAL_V2, "block3/project")}>
          See the linear bottleneck in a real MobileNetV2: its projection outputs go negative, its
          ReLU6 outputs stay in [0, 6]
        </InsideLink>
      </p>
      <SelfCheck questions={SELF_CHECKS["mobilenet-v2"] ?? []} />
    </Prose>
  );
}
