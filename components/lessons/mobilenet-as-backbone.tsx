import Link from "next/link";
import { CostSplitBars } from "@/components/detect/cost-split-bars";
import { SsdTapsDiagram } from "@/components/detect/ssd-taps-diagram";
import { formatCount } from "@/lib/cost/format";
import type { ModelCostView } from "@/lib/detect/cost-view";
import { SELF_CHECKS } from "@/lib/lessons/self-check-questions";
import { Figure, Prose } from "./prose";
import { SelfCheck } from "./self-check";

const LINK = "underline";

function share(view: ModelCostView | undefined): string {
  const b = view?.split.parts.find((p) => p.key === "backbone");
  return view && b ? `${((100 * b.macs) / view.split.totalMacs).toFixed(0)} %` : "most";
}

/**
 * Lesson 8: a MobileNet without its classifier is the feature extractor of other tasks. Every number
 * is from mobilenet-facts.md §B (repositories, where a paper is marked unverified) or counted from
 * the real model files when the page is built.
 */
export function MobilenetAsBackboneLesson({ costs }: { readonly costs: readonly ModelCostView[] }) {
  const ssd = costs.find((c) => c.task === "detection");
  const backboneMacs = ssd?.split.parts.find((p) => p.key === "backbone")?.macs;
  return (
    <Prose>
      <p>
        A classifier ends in one small layer that turns features into 1000 ImageNet scores.
        Everything before it — the depthwise and pointwise layers you have counted — learned to see
        edges, textures and parts. Keep that part, drop the last layer, and the MobileNet becomes a{" "}
        <em>backbone</em>: the feature extractor of a new task.
      </p>

      <h2>Transfer learning</h2>
      <p>
        The cheapest new task is a new set of labels. Teachable Machine does exactly this in your
        browser: it cuts a MobileNetV1 after its last pointwise layer (<code>conv_pw_13_relu</code>)
        or a MobileNetV2 after <code>out_relu</code>, at 224 px and a small width (α 0.25 for V1,
        0.35 for V2 by default), and trains only a small head on top: one dense layer with ReLU,
        then a softmax over your classes, with Adam and cross-entropy. The backbone stays frozen, so
        a few dozen photos per class are enough. Try it on{" "}
        <Link href="/teach" className={LINK}>
          Teach
        </Link>
        .
      </p>

      <h2>Detection: boxes from several grids</h2>
      <p>
        A detector must say <em>where</em>, too. SSD (single-shot detector) puts a small
        convolutional predictor on a few feature maps of the backbone. Each cell of a map owns a few{" "}
        <em>anchors</em> — default boxes of set sizes and shapes — and the predictor says, per
        anchor, how to shift and stretch it and how likely each class is. In the TF Object Detection
        API&apos;s SSD-MobileNetV1 the maps are the outputs of <code>Conv2d_11_pointwise</code>{" "}
        (19×19 on a 300 px photo) and <code>Conv2d_13_pointwise</code> (10×10), then four extra
        layers halve the grid down to 1×1. Anchor scales run from 0.2 to 0.95 of the photo with
        aspect ratios 1, 2, ½, 3 and ⅓; the finest map gets 3 anchors per cell, the others 6: 19²·3
        + (10² + 5² + 3² + 2² + 1²)·6 = 1917 anchors. Overlapping guesses of the same object are
        then merged by non-maximum suppression: keep the best box, drop every box that overlaps it
        by more than 60 %, repeat.
      </p>
      {ssd?.taps && (
        <Figure caption="The six maps of the real model, read from its graph.">
          <SsdTapsDiagram taps={ssd.taps} />
        </Figure>
      )}
      <p>
        The model on{" "}
        <Link href="/detect" className={LINK}>
          Detect
        </Link>{" "}
        is the 0.75-wide, 8-bit version. The model zoo lists 16 COCO mAP for it (
        <code className="break-all">ssd_mobilenet_v1_0.75_depth_quantized_coco</code>), while its
        sample config says 18.2 — the two sources disagree; the full-width{" "}
        <code className="break-all">ssd_mobilenet_v1_coco</code> is listed at 21.
      </p>

      <h2>Segmentation: a class for every pixel</h2>
      <p>
        A segmenter answers per pixel, so it needs a map that is not too coarse. A classifier halves
        its map five times (output stride 32: a 513 px photo ends as a 17×17 grid). DeepLab stops
        halving earlier — at output stride 16 or 8 — and keeps the later layers&apos; wide view with{" "}
        <em>atrous</em> (dilated) convolution: the 3×3 filter samples the input every <em>rate</em>{" "}
        pixels, as if rate − 1 zeros sat between its weights. Same weights, same multiply-adds per
        output, a wider view, and a larger map. A 1×1 classifier then scores the 21 PASCAL VOC
        classes (20 plus background) at every cell, and the scores are upsampled to the photo.
      </p>
      <p>
        DeepLab&apos;s model zoo says its MobileNetV2 models do not use the full atrous spatial
        pyramid or the decoder: the head is an image-pooling branch and a 1×1 branch. It lists 0.88
        B MAdds and 70.19 % mIOU for the 0.5-wide model at output stride 16, and 2.75 B MAdds and
        75.32 % for the full-width one. Our 513 px file counts{" "}
        {formatCount(
          costs.find((c) => c.id === "deeplabv3-mobilenet-v2-513")?.split.totalMacs ??
            2_740_709_056,
        )}{" "}
        MACs — the zoo&apos;s number. The 257 px file used on phones has no published width; 0.5 is
        what its first layer (16 channels) and its 688,357 parameters say.
      </p>

      <h2>What the backbone costs</h2>
      <p>
        So how much of a detector is the MobileNet? Counting the real files node by node:
        {backboneMacs
          ? ` in SSD the backbone is ${formatCount(backboneMacs)} of ${formatCount(ssd?.split.totalMacs ?? 0)} multiply-adds (${share(ssd)}),`
          : " in SSD the backbone is most of the multiply-adds,"}{" "}
        but well under half of the parameters: the predictors and extra layers hold many weights
        that run on small grids. A cheaper backbone is a cheaper detector — which is why SSD and
        DeepLab ship with MobileNets on phones.
      </p>
      <Figure caption="Backbone (dark), the rest of the head, and the predictors: multiply-adds and parameters of each real model.">
        <CostSplitBars costs={costs} />
      </Figure>
      <p>
        Run them on your own photo and webcam on{" "}
        <Link href="/detect" className={LINK}>
          Detect
        </Link>
        .
      </p>
      <SelfCheck questions={SELF_CHECKS["mobilenet-as-backbone"] ?? []} />
    </Prose>
  );
}
