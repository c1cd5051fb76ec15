import Link from "next/link";
import { SELF_CHECKS } from "@/lib/lessons/self-check-questions";
import { formatCount, formatExact, macsToFlops } from "@/lib/cost/format";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { CostLink } from "./cost-link";
import { CostUnits } from "./cost-units";
import { Figure, Prose } from "./prose";
import { SelfCheck } from "./self-check";
import { Term } from "./term";

/** V1 paper Table 8 (and Table 6 for MobileNet): published, not computed by our engine. */
const TABLE8 = [
  { name: "VGG16", macsM: 15300, paramsM: 138, top1: 71.5 },
  { name: "GoogleNet", macsM: 1550, paramsM: 6.8, top1: 69.8 },
  { name: "1.0 MobileNet-224", macsM: 569, paramsM: 4.2, top1: 70.6 },
] as const;

/** Lesson 1: why efficient networks, and what params, MACs and latency mean. */
export function WhyEfficientLesson() {
  const v1 = resolveNetwork("v1").totals;
  const max = TABLE8[0].macsM;
  return (
    <Prose>
      <p>
        A phone has a battery, a few CPU cores and a user who expects an answer now. A network that
        needs billions of operations per image is fine on a server, but on a phone it is slow and
        drains power. MobileNets were designed to be small and fast first, and accurate enough
        second.
      </p>
      <h2>Three numbers for cost</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>
            <Term id="parameters">Parameters</Term>
          </strong>{" "}
          are the learned weights. They decide the download size and the memory the model needs:
          MobileNetV1 has <CostLink metric="params" />, which is about{" "}
          {Math.round((v1.params * 4) / 1e6)} MB as 32-bit floats.
        </li>
        <li>
          <strong>
            <Term id="macs">Multiply-adds (MACs)</Term>
          </strong>{" "}
          count the arithmetic: one multiply followed by one add. All four MobileNet papers report
          costs in multiply-adds. MobileNetV1 needs <CostLink metric="macs" /> per 224×224 image.
        </li>
        <li>
          <strong>
            <Term id="latency">Latency</Term>
          </strong>{" "}
          is the time in milliseconds to classify one image on a given device. It is what the user
          feels, and the only one of the three that depends on the hardware.
        </li>
      </ul>
      <p>
        Pick a model and a number format: the weights&apos; size follows the parameter count, and
        the arithmetic is the same whether you call it MACs or (twice as many) FLOPs.
      </p>
      <Figure
        caption={
          <>
            Weights only (conv and fully connected), as the papers count them; a real file adds a
            little for <Term id="batchnorm">BatchNorm</Term> and metadata.
          </>
        }
      >
        <CostUnits />
      </Figure>
      <h2>Big networks against a phone</h2>
      <p>
        MobileNetV1&apos;s paper compares itself with two well-known{" "}
        <Term id="imagenet">ImageNet</Term> networks (Table 8):
      </p>
      <Figure
        caption={
          <>
            Multiply-adds per image, on a linear scale, from V1 Table 8 (
            <Term id="top-1">top-1 accuracy</Term> in brackets). The bar lengths are to scale.
          </>
        }
      >
        <ul className="space-y-3" aria-label="Multiply-adds per image">
          {TABLE8.map((row) => (
            <li key={row.name}>
              <div className="flex flex-col text-sm sm:flex-row sm:justify-between">
                <span>
                  {row.name} ({row.top1}&nbsp;% top-1)
                </span>
                <span className="tabular-nums">
                  {row.macsM.toLocaleString("en-US")} M MACs · {row.paramsM} M params
                </span>
              </div>
              <div className="mt-1 h-3 rounded bg-slate-100 dark:bg-slate-800">
                <div
                  className="h-3 rounded bg-slate-700 dark:bg-slate-300"
                  style={{ width: `${Math.max(0.5, (100 * row.macsM) / max)}%` }}
                />
              </div>
            </li>
          ))}
        </ul>
      </Figure>
      <p>
        VGG16 is 0.9 points more accurate than MobileNetV1, but it needs about 27 times the
        multiply-adds and 33 times the parameters. The next lessons show where that saving comes
        from.
      </p>
      <h2>FLOPs or MACs? Read the label</h2>
      <p>
        Many papers and tools write &ldquo;<Term id="flops">FLOPs</Term>&rdquo; when they count
        multiply-adds. The ShuffleNet paper lists MobileNetV1 at &ldquo;569 MFLOPs&rdquo;, which is
        its multiply-add count. If FLOPs count the multiply and the add separately, they are 2 ×
        MACs: V1&apos;s <CostLink metric="macs" /> become{" "}
        <Link
          href="/explore?model=v1&alpha=1&res=224"
          title={`Exactly ${formatExact(macsToFlops(v1.macs))} FLOPs (2 × MACs).`}
          className="underline decoration-dotted underline-offset-2"
        >
          {formatCount(macsToFlops(v1.macs))} FLOPs
        </Link>
        . On this site the unit is always written out: MACs (multiply-adds), and FLOPs only as 2 ×
        MACs.
      </p>
      <h2>MACs are not milliseconds</h2>
      <p>
        Fewer multiply-adds usually means faster, but not always. MobileNetV2&apos;s paper timed
        models on one large core of a Pixel 1 phone (Table 4): NasNet-A needs 564 M multiply-adds
        and takes 183 ms, MobileNetV1 takes 113 ms, and MobileNetV2 takes 75 ms. (That table lists
        V1 at 575 M multiply-adds, while V1&apos;s own paper says 569 M; papers do not always agree,
        and we show both.) The{" "}
        <Link href="/lab" className="underline">
          Lab
        </Link>{" "}
        lets you time models in your own browser.
      </p>
      <SelfCheck questions={SELF_CHECKS["why-efficient"] ?? []} />
    </Prose>
  );
}
