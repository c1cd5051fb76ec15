import Link from "next/link";
import { SELF_CHECKS } from "@/lib/lessons/self-check-questions";
import { mqaSpeedup } from "@/lib/lessons/mqa-speedup";
import { splitByOp } from "@/lib/cost/op-split";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { BlockBreakdown } from "./block-breakdown";
import { LessonBlock } from "./lesson-block";
import { CostLink } from "./cost-link";
import { Figure, Prose } from "./prose";
import { RooflineChart } from "./roofline-chart";
import { SelfCheck } from "./self-check";
import { UibExamples } from "./uib-examples";
import { V4CountTable } from "./v4-count-table";
import { YourRidgePoint } from "./your-ridge-point";
import { Tex } from "./tex";

/** Lesson 6: MobileNetV4's universal inverted bottleneck and Mobile MQA. */
export function MobileNetV4Lesson() {
  const hybrid = resolveNetwork("v4-hybrid-m");
  const attention = splitByOp(hybrid).attention;
  const mqa = mqaSpeedup();
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
        Conv-M and Conv-L open with a plain 3×3 stride-2 convolution, followed by a fused inverted
        bottleneck: a full k×k convolution does the expansion, then a 1×1 convolution projects. The
        paper also calls Conv-S&apos;s second and third stem layers a fused block; the official code
        builds them as a separate 3×3 and 1×1 convolution, and so does our count.
      </p>
      <h2>No squeeze-and-excite, no h-swish</h2>
      <p>
        V4 takes back two of V3&apos;s additions. No V4 block has squeeze-and-excite, and no layer
        uses h-swish: the Conv models are convolutions with BatchNorm and plain ReLU throughout
        (Hybrid-L uses GELU). Both additions are cheap in multiply-adds, but not on every chip. The
        official V3 checkpoints already came in a &ldquo;minimalistic&rdquo; variant without SE,
        h-swish and 5×5 kernels, which their README calls &ldquo;much more performant on
        GPU/DSP/EdgeTpu&rdquo;. A model meant to run well on CPUs, GPUs, DSPs and EdgeTPUs alike
        keeps to the operations all of them run fast; even so, V4&apos;s Table 6 marks both hybrid
        models &ldquo;Failed&rdquo; on the Pixel 4&apos;s Hexagon DSP.
      </p>
      <p>
        That simplification can be run here. V3-Large minimalistic is V3-Large with SE, h-swish and
        5×5 kernels taken out: in our count it needs{" "}
        <CostLink model="v3-large-minimalistic" metric="macs" /> and{" "}
        <CostLink model="v3-large-minimalistic" metric="params" /> against V3-Large&apos;s{" "}
        <CostLink model="v3-large" metric="macs" /> and{" "}
        <CostLink model="v3-large" metric="params" />. TF-slim&apos;s table times it 14 % faster on
        a Pixel 1 CPU (44.1 ms against 51.2 ms) and puts it 2.9 points lower in top-1 (72.3 %
        against 75.2 %).{" "}
        <Link href="/learn/mobilenet-v3#se-h-swish-cost" className="underline">
          Lesson 5 compares the three V3 variants
        </Link>
        ; on{" "}
        <Link href="/classify" className="underline">
          /classify
        </Link>{" "}
        you can time the real V3-Small (SE and h-swish) against the real V3-Large minimalistic on
        your own photo.
      </p>
      <h2>Mobile MQA</h2>
      <p>
        The hybrid V4 models add attention in their last two stages. Mobile MQA is multi-query
        attention: several query heads share a single key head and a single value head, so there are
        far fewer keys and values to compute and read. In Hybrid-M&apos;s fourth stage (16×16 at 256
        px), the keys and values are also computed on a map downsampled by a stride-2 depthwise
        convolution; in the last stage (8×8) they use the full map.
      </p>
      <p>
        The abstract calls Mobile MQA &ldquo;a significant 39% speedup&rdquo;. Table 2 shows what
        that measures. On a Pixel 8 EdgeTPU, three attention blocks added to a {mqa.baseMs} ms base
        model cost {mqa.addedByMhsaMs.toFixed(2)} ms as standard multi-head attention but{" "}
        {mqa.addedByMqaMs.toFixed(2)} ms as Mobile MQA: {Math.round(100 * mqa.cutOfAddedLatency)} %
        less <em>added</em> latency. The whole model takes {mqa.withMqaMs.toFixed(2)} ms instead of{" "}
        {mqa.withMhsaMs.toFixed(2)} ms, about {Math.round(100 * mqa.wholeModelSpeedup)} % faster.
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
        stageParam="mqa-stage"
      />
      <p>
        In our count, attention layers take {(100 * attention.macsShare).toFixed(1)} % of
        Hybrid-M&apos;s multiply-adds (
        <CostLink model="v4-hybrid-m" metric="macs" /> in total).
      </p>
      <h2 id="roofline">Why MACs are not milliseconds: the roofline</h2>
      <p>
        V4&apos;s paper explains its speed on different chips with a roofline model. Each layer
        takes the longer of two times, the time for its multiply-adds and the time to move its bytes
        to and from memory, and the model takes their sum:
      </p>
      <Tex
        display
        math={String.raw`\begin{aligned} \text{ModelTime} = \sum_i \max(&\text{MACTime}_i, \\ &\text{MemTime}_i) \end{aligned}`}
      />
      <p>
        A chip is summed up by its ridge point, peak MACs per second divided by peak memory
        bandwidth, in MACs per byte. A layer that does fewer multiply-adds per byte than that waits
        on memory; one that does more waits on arithmetic. The paper sweeps the ridge point from 0
        to 500 and measures it (Table 16) at 31.2 MACs per byte for the Pixel 6 CPU, 39.7 for the
        Samsung S23 CPU, 347.3 for the Pixel 4 DSP and 433.8 for the Pixel 8 EdgeTPU. With a low
        ridge point most convolutions are limited by arithmetic, so MACs predict the time well; with
        a high one, many layers are limited by memory, and bytes moved matter more than MACs. That
        is why no single block is fastest everywhere, and why V4 lets its search pick the UIB
        variant block by block. The{" "}
        <Link href="/lab" className="underline">
          Lab
        </Link>{" "}
        shows the same gap between MACs and milliseconds in your own browser.
      </p>
      <Figure caption="Two roofs from V4 Table 16 and two halves of one MobileNetV1 block (14×14, 512 channels), counting each input, output and weight once at 1 byte (int8). The depthwise half moves many bytes for few multiply-adds: it sits on the slope, limited by memory, on both chips. The pointwise half reaches the CPU's peak but only a quarter of the EdgeTPU's.">
        <RooflineChart />
      </Figure>
      <Figure>
        <YourRidgePoint />
      </Figure>
      <h2>The numbers</h2>
      <p>
        V4&apos;s results are in Table 6 of its paper, each model at its own input size: Conv-S 73.8
        % top-1 at 224 px, Conv-M 79.9 % and Hybrid-M 80.7 % at 256 px, Conv-L 82.9 % and Hybrid-L
        83.4 % at 384 px. Our count of Conv-S from the official block specification is{" "}
        <CostLink model="v4-conv-s" metric="macs" /> and{" "}
        <CostLink model="v4-conv-s" metric="params" />; with BatchNorm&apos;s γ and β (the table
        below) they round to the paper&apos;s 0.2 G and 3.8 M. For the larger models the counts
        disagree, and no convention we know reproduces the paper:
      </p>
      <Figure>
        <V4CountTable />
      </Figure>
      <p>
        Our count plus BatchNorm&apos;s γ and β is timm&apos;s count, to its two decimals. Counted
        the way the TF backbone&apos;s test counts (no 1000-class classifier, all four stored
        BatchNorm vectors, layer-scale weights once), it is the TF backbone&apos;s number exactly.
        The paper&apos;s parameter counts are below both, and its MACs differ from ours and from
        timm&apos;s; the paper does not say how it counted. Table 6 also retrains V1 and V2 with
        V4&apos;s newer recipe (74.0 % and 73.4 % top-1), so its scores for them are higher than
        their own papers&apos; 70.6 % and 72.0 % and should not be mixed with those.
      </p>
      <SelfCheck questions={SELF_CHECKS["mobilenet-v4"] ?? []} />
    </Prose>
  );
}
