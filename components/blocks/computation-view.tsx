"use client";

import type { ComputationPlan } from "@/lib/blocks/computation-steps";
import { macsAfter, wholeLayer, windowAt } from "@/lib/blocks/computation-steps";
import { formatExact } from "@/lib/cost/format";
import { DepthwiseWindow } from "./depthwise-window";
import { PointwiseSum } from "./pointwise-sum";
import { useComputeSteps } from "./use-compute-steps";

const BUTTON =
  "inline-flex h-8 items-center justify-center rounded-md border border-slate-300 px-2 text-sm hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800";

function stepText(plan: ComputationPlan, tick: number): string {
  if (plan.kind === "depthwise") {
    const w = windowAt(plan, tick);
    return `Window at row ${w.row + 1}, column ${w.col + 1}: ${plan.kernel}×${plan.kernel} = ${plan.perStep} multiply-adds, on this one channel only.`;
  }
  return tick === plan.steps - 1
    ? `All ${plan.inChannels} channels weighted and summed: ${plan.inChannels} multiply-adds make one output value.`
    : `Channel ${tick + 1} times its weight, added to the sum.`;
}

function soFarText(plan: ComputationPlan, tick: number): string {
  const macs = macsAfter(plan, tick);
  return plan.kind === "depthwise"
    ? `${tick + 1} window${tick === 0 ? "" : "s"} × ${plan.perStep} = ${formatExact(macs)} multiply-adds`
    : `${formatExact(macs)} of ${formatExact(plan.inChannels)} multiply-adds for this value`;
}

/**
 * The arithmetic of the stage's layer, step by step: a k×k window on one channel (depthwise) or a
 * weighted sum across channels at one pixel (pointwise), with the multiply-add count stepping along
 * and the whole layer's count, which is the engine's, at the end.
 */
export function ComputationView({
  plan,
  reducedMotion,
  speed,
}: {
  readonly plan: ComputationPlan;
  readonly reducedMotion: boolean;
  readonly speed: number;
}) {
  const steps = useComputeSteps(plan.steps, reducedMotion, speed);
  const { tick } = steps;
  const whole = wholeLayer(plan);
  const title =
    plan.kind === "depthwise"
      ? `Inside depthwise ${plan.kernel}×${plan.kernel}: one filter, one channel`
      : "Inside pointwise 1×1: one filter, every channel";
  return (
    <figure
      className="mt-3 rounded-md border border-slate-200 p-2 dark:border-slate-700"
      data-testid="computation-view"
      data-kind={plan.kind}
      data-tick={tick}
      data-running={steps.running}
    >
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <div className="mt-2 overflow-x-auto">
        {plan.kind === "depthwise" ? (
          <DepthwiseWindow plan={plan} tick={tick} smooth={!reducedMotion} />
        ) : (
          <PointwiseSum plan={plan} tick={tick} />
        )}
      </div>
      <div aria-live={steps.running ? "off" : "polite"} className="mt-2 text-sm">
        <p>{stepText(plan, tick)}</p>
        <p className="font-mono tabular-nums" data-testid="computation-macs">
          {soFarText(plan, tick)}
        </p>
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        The whole layer repeats this: {whole.factors} ={" "}
        <span className="font-mono tabular-nums" data-testid="computation-whole">
          {formatExact(whole.macs)}
        </span>{" "}
        MACs.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          className={BUTTON}
          onClick={steps.prev}
          disabled={tick <= 0}
          aria-label="Previous computation step"
        >
          ◀︎ step
        </button>
        <button
          type="button"
          className={BUTTON}
          onClick={steps.next}
          disabled={tick >= plan.steps - 1}
          aria-label="Next computation step"
        >
          step ▶︎
        </button>
        {!reducedMotion && (
          <button type="button" className={BUTTON} onClick={steps.replay}>
            Restart steps
          </button>
        )}
        <span className="self-center font-mono text-xs text-slate-500 tabular-nums dark:text-slate-400">
          {tick + 1}/{plan.steps}
        </span>
      </div>
    </figure>
  );
}
