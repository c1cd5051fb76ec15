"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { AccuracyChart } from "@/components/charts/accuracy-chart";
import { LabeledSlider } from "@/components/ui/labeled-slider";
import { formatCount, formatExact } from "@/lib/cost/format";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { explorerHref } from "@/lib/explorer/explorer-state";
import { matchingKeys, widthResolutionPoints } from "@/lib/explorer/published-series";
import { PublishedPanel } from "@/components/explore/published-panel";
import { steppedParam } from "@/lib/lessons/lesson-url-state";
import { ShrinkPictures } from "./shrink-pictures";
import { useUrlState } from "@/components/hooks/use-url-state";

const POINTS = widthResolutionPoints();
const BASE = resolveNetwork("v1");
/** In this V1 lesson the V2 checkpoints are context: drawn hollow and lighter than V1's own points. */
const CONTEXT_SERIES = [...new Set(POINTS.filter((p) => p.model !== "v1").map((p) => p.series))];
function Num({
  value,
  unit,
  href,
  testId,
}: {
  value: number;
  unit: string;
  href: string;
  testId: string;
}) {
  return (
    <Link
      href={href}
      title={`Exactly ${formatExact(value)} ${unit}. Open in the explorer.`}
      aria-label={`${formatCount(value)} ${unit} (exactly ${formatExact(value)}), open in the explorer`}
      data-testid={testId}
      className="font-semibold text-[var(--color-accent)] tabular-nums underline decoration-dotted underline-offset-2 dark:text-[var(--color-accent-dark)]"
    >
      {formatCount(value)} {unit}
    </Link>
  );
}

/** Lesson 3: α and ρ sliders on MobileNetV1, live costs, the α²ρ² prediction and published accuracy. */
export function WidthResolutionLab() {
  const [alpha, setAlpha] = useState(1);
  const [resolution, setResolution] = useState(224);
  // ?alpha=0.5&res=160 opens the lab there (a teacher's link); moving a slider updates the URL.
  const writeUrl = useUrlState((params) => {
    const a = steppedParam(params.get("alpha"), 0.25, 1, 0.05);
    const r = steppedParam(params.get("res"), 96, 320, 32);
    if (a !== null) setAlpha(a);
    if (r !== null) setResolution(r);
  });
  const network = useMemo(() => resolveNetwork("v1", { alpha, resolution }), [alpha, resolution]);
  const rho = resolution / 224;
  const { macs, params } = network.totals;
  const href = explorerHref("v1", { alpha, resolution });
  const live = `${formatCount(macs)} MACs, ${formatCount(params)} params`;
  return (
    <div data-testid="width-resolution-lab">
      <div className="grid gap-5 sm:grid-cols-2">
        <LabeledSlider
          label="Width multiplier α"
          value={alpha}
          min={0.25}
          max={1}
          step={0.05}
          format={(v) => v.toFixed(2)}
          valueText={`α ${alpha.toFixed(2)}: ${live}`}
          onChange={(v) => {
            const a = Math.round(v * 100) / 100;
            setAlpha(a);
            writeUrl({ alpha: String(a) });
          }}
        />
        <LabeledSlider
          label="Input resolution (ρ = resolution / 224)"
          value={resolution}
          min={96}
          max={320}
          step={32}
          format={(v) => `${v} px, ρ ${(v / 224).toFixed(3)}`}
          valueText={`${resolution} pixels, ρ ${rho.toFixed(3)}: ${live}`}
          onChange={(r) => {
            setResolution(r);
            writeUrl({ res: String(r) });
          }}
        />
      </div>
      <div aria-live="polite" className="mt-5 grid gap-4">
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
          <p>
            MobileNetV1 {alpha.toFixed(2)} at {resolution}×{resolution}:{" "}
            <Num value={macs} unit="MACs" href={href} testId="lab-macs" /> and{" "}
            <Num value={params} unit="params" href={href} testId="lab-params" />.
          </p>
          <p className="mt-2 text-sm">
            MACs are{" "}
            <strong data-testid="lab-macs-ratio">
              {((100 * macs) / BASE.totals.macs).toFixed(1)} %
            </strong>{" "}
            of the 1.0-224 model; α²ρ² predicts {(100 * alpha * alpha * rho * rho).toFixed(1)} %.
            Params are {((100 * params) / BASE.totals.params).toFixed(1)} %; α² predicts{" "}
            {(100 * alpha * alpha).toFixed(1)} % (ρ does not change params).
          </p>
        </div>
        <ShrinkPictures
          alpha={alpha}
          rho={rho}
          macsShare={macs / BASE.totals.macs}
          paramsShare={params / BASE.totals.params}
        />
      </div>
      <PublishedPanel model="v1" alpha={alpha} resolution={resolution} />
      <AccuracyChart
        title="Published top-1 vs MACs: MobileNetV1 paper and the MobileNetV2 checkpoint grid"
        points={POINTS}
        current={{ macsM: macs / 1e6, label: `your V1: ${formatCount(macs)}` }}
        highlight={matchingKeys(POINTS, "v1", alpha, resolution)}
        context={CONTEXT_SERIES}
      />
    </div>
  );
}
