import type { Metadata } from "next";
import Link from "next/link";
import { CostSplitBars } from "@/components/detect/cost-split-bars";
import { DetectApp } from "@/components/detect/detect-app";
import { SsdTapsDiagram } from "@/components/detect/ssd-taps-diagram";
import { formatCount } from "@/lib/cost/format";
import { loadDetectAssets } from "./detect-assets";

export const metadata: Metadata = { title: "Detect objects and pixels" };

// Installed models, sample photos and the cost split are read from public/ when the page is built
// (static, so it exports): run `npm run setup:models` before `npm run build` or `npm run export`.

export default function DetectPage() {
  const assets = loadDetectAssets();
  const ssd = assets.costs.find((c) => c.task === "detection");
  const [small, big] = ["deeplabv3-mobilenet-v2-257", "deeplabv3-mobilenet-v2-513"].map((id) =>
    assets.costs.find((c) => c.id === id),
  );
  const backboneOf = (c: typeof small) => c?.split.parts.find((p) => p.key === "backbone");
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Detect objects and pixels</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
        A MobileNet is more than an ImageNet classifier: cut off its last layer and it becomes the{" "}
        <em>backbone</em> of a detector or a segmenter. Here two real ones run on your photo or your
        webcam, in your browser: SSD with a MobileNetV1 draws boxes around 90 kinds of COCO objects,
        and DeepLabV3 with a MobileNetV2 colours every pixel with one of 20 PASCAL VOC classes.
        Nothing leaves your device. The lesson{" "}
        <Link className="underline underline-offset-2" href="/learn/mobilenet-as-backbone">
          MobileNet as a backbone
        </Link>{" "}
        explains how.
      </p>
      <DetectApp installed={assets.installed} samples={assets.samples} />

      <section aria-labelledby="cost-heading" className="mt-12 space-y-4">
        <h2 id="cost-heading" className="text-2xl font-semibold">
          What the backbone costs
        </h2>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Counted from the real model files, node by node (the same counting as{" "}
          <Link className="underline underline-offset-2" href="/model">
            Your model
          </Link>
          ). The backbone is everything up to the MobileNet&apos;s last separable block; the rest is
          the head the task adds.
        </p>
        <CostSplitBars costs={assets.costs} />
        {small && big && (
          <p className="max-w-3xl text-slate-700 dark:text-slate-300" data-testid="deeplab-sizes">
            The two DeepLabs teach width and resolution once more. The 513 px one has a backbone
            twice as wide (α 1.0 against 0.5) on four times the pixels, yet its backbone costs only{" "}
            {((backboneOf(big)?.macs ?? 0) / (backboneOf(small)?.macs ?? 1)).toFixed(1)}× as much (
            {formatCount(backboneOf(big)?.macs ?? 0)} against{" "}
            {formatCount(backboneOf(small)?.macs ?? 0)} MACs), not the 16× that α² × resolution²
            would give: the small one keeps a finer grid (output stride 8: its last layers still see
            33×33 of a 257 px photo, with atrous convolutions) while the big one stops halving at
            stride 16 (33×33 of 513 px). Run both on the same photo above to compare their masks and
            milliseconds.
          </p>
        )}
        {ssd?.taps && (
          <div className="space-y-2">
            <h3 className="text-lg font-semibold">Where SSD looks</h3>
            <p className="max-w-3xl text-slate-700 dark:text-slate-300">
              SSD predicts boxes from six feature maps: two come straight out of the MobileNet (the
              fine 19×19 grid finds small objects, the 10×10 one larger ones), four more are made by
              extra layers after it, down to one cell that sees the whole photo.
            </p>
            <SsdTapsDiagram taps={ssd.taps} />
          </div>
        )}
      </section>
    </div>
  );
}
