import { formatCount, formatExact } from "@/lib/cost/format";
import type { Stage } from "@/lib/blocks/types";

/**
 * The stage's sentence and running MAC count, inside the player's sticky controls on a narrow
 * player (a phone): there the full caption and counter sit below a diagram taller than the screen,
 * so stepping would show only the diagram. Hidden from assistive technology: the full caption below
 * is the live region, and this copy would announce everything twice.
 */
export function PhoneNarration({
  stage,
  step,
  count,
  totalMacs,
}: {
  readonly stage: Stage;
  readonly step: number;
  readonly count: number;
  readonly totalMacs: number;
}) {
  return (
    <div className="mt-1 @3xl:hidden" aria-hidden="true" data-testid="phone-narration">
      <p className="text-sm font-medium">
        {step + 1}/{count} · {stage.title}
      </p>
      <p
        className="max-h-[22vh] overflow-y-auto text-sm leading-snug text-slate-700 dark:text-slate-300"
        data-testid="phone-narration-caption"
      >
        {stage.caption}
      </p>
      <p
        className="mt-0.5 font-mono text-xs text-slate-600 tabular-nums dark:text-slate-400"
        data-testid="phone-narration-macs"
        title={`${formatExact(stage.macs)} of ${formatExact(totalMacs)} MACs`}
      >
        MACs {formatCount(stage.macs)} / {formatCount(totalMacs)}
        {stage.stageMacs > 0 ? ` · +${formatCount(stage.stageMacs)} this stage` : ""}
      </p>
    </div>
  );
}
