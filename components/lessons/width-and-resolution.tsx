import { SELF_CHECKS } from "@/lib/lessons/self-check-questions";
import { CostLink } from "./cost-link";
import { Figure, Prose } from "./prose";
import { SelfCheck } from "./self-check";
import { Tex } from "./tex";
import { WidthResolutionLab } from "./width-resolution-lab";
import { PaperTable } from "./paper-table";
import { AlphaSquaredGap } from "./alpha-squared-gap";
import { Term } from "./term";

/** Lesson 3: the width multiplier α and the resolution multiplier ρ. */
export function WidthAndResolutionLesson() {
  return (
    <Prose>
      <p>
        One MobileNet does not fit every phone. V1 adds two knobs that shrink the whole network at
        once, so you can pick a size for your budget without designing a new one.
      </p>
      <h2>Width multiplier α</h2>
      <p>
        <Term id="width-multiplier">α</Term> thins every layer: M input channels become αM and N
        output channels become αN. A separable layer then costs (V1, Eq. 6)
      </p>
      <Tex
        display
        math={String.raw`D_K \cdot D_K \cdot \alpha M \cdot D_F \cdot D_F + \alpha M \cdot \alpha N \cdot D_F \cdot D_F`}
      />
      <p>The pointwise term dominates, and it scales with α². So does the number of weights.</p>
      <h2>Resolution multiplier ρ</h2>
      <p>
        <Term id="resolution-multiplier">ρ</Term> scales the input image, and with it every feature
        map: D<sub>F</sub> becomes ρD
        <sub>F</sub>. Multiply-adds fall with ρ² (V1, Eq. 7); the weights do not change at all.
      </p>
      <Tex
        display
        math={String.raw`\begin{aligned} & D_K \cdot D_K \cdot \alpha M \cdot \rho D_F \cdot \rho D_F \\ +\ & \alpha M \cdot \alpha N \cdot \rho D_F \cdot \rho D_F \end{aligned}`}
      />
      <p>
        Drag α to 0.5: what happens to the MACs, and why by about ¼? Then lower the resolution and
        watch the parameters stay put.
      </p>
      <Figure caption="Live counts from our cost engine. Dashed squares are the 1.0-224 model; shaded areas are what α and ρ keep and the α²ρ² and α² predictions, outlined ones the engine's exact shares. The chart shows published ImageNet top-1 (V1 paper filled, V2 checkpoints hollow); the dashed line is your setting, and a ring marks a published point that matches it exactly.">
        <WidthResolutionLab />
      </Figure>
      <h2>Why not exactly α²?</h2>
      <p>
        0.5 MobileNet-224 costs <CostLink alpha={0.5} metric="macs" />, not a clean quarter of{" "}
        <CostLink metric="macs" />. Rounding is not the reason: at α = 0.5 every V1 width (32 to
        1024) halves exactly, and V1&apos;s rule max(⌊c·α⌋, 8) only starts to matter off the
        paper&apos;s grid of 1, 0.75, 0.5 and 0.25. The reason is the layers whose cost scales with
        α, not α²: a depthwise layer has one filter per channel, so halving the channels halves its
        cost; the first convolution always reads 3 colour channels; and the classifier always has
        1000 outputs. Only the 1×1 convolutions fall to exactly a quarter:
      </p>
      <Figure>
        <AlphaSquaredGap />
      </Figure>
      <p>
        The parameters follow the same pattern: <CostLink alpha={0.5} metric="params" /> rather than
        a quarter of <CostLink metric="params" />, mostly because the classifier keeps its 1000
        outputs: its weights fall with α, not α².
      </p>
      <h2>What the papers measured</h2>
      <PaperTable />
      <p>
        In Table 6, top-1 falls from 70.6 % to 68.4 % and 63.7 % as α goes from 1 to 0.75 and 0.5,
        then to 50.6 % at α = 0.25. In Table 7, lowering the resolution to 192, 160 and 128 px gives
        69.1 %, 67.2 % and 64.4 %. The two tables meet near 64 %: 1.0 MobileNet-128 scores 64.4 %
        for <CostLink resolution={128} metric="macs" />, and 0.5 MobileNet-224 scores 63.7 % for{" "}
        <CostLink alpha={0.5} metric="macs" />.
      </p>
      <p>
        Sources disagree in small ways, so every point in the chart carries its source. The TF-slim
        checkpoints (mobilenet_v1_2018_02_22, released after the paper) list their own numbers:
        their 1.0-224 model scores 70.9 % rather than the paper&apos;s 70.6 %, and they list 317 M
        multiply-adds for 0.75-224 where the paper (and our count) says 325 M. MobileNetV2&apos;s
        grid keeps its last 1280-channel convolution full width for α &lt; 1, so its params do not
        fall as fast as α².
      </p>
      <SelfCheck questions={SELF_CHECKS["width-and-resolution"] ?? []} />
    </Prose>
  );
}
