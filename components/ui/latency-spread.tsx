import { spreadOf } from "@/lib/stats/spread";
import { spreadText, warmUpText } from "@/lib/stats/spread-text";
import type { WarmUp } from "@/lib/stats/steady-state";

/** The small line under a median: p10–p90, run count, and a warning when warm-up hit its cap. */
export function LatencySpread({
  runsMs,
  warmUp,
}: {
  readonly runsMs: readonly number[];
  readonly warmUp: WarmUp | null;
}) {
  return (
    <span
      className="block text-xs font-normal text-slate-500 dark:text-slate-400"
      data-testid="latency-spread"
      title={warmUp ? warmUpText(warmUp) : undefined}
    >
      {spreadText(spreadOf(runsMs))}
      {warmUp?.state === "capped" && (
        <span className="text-amber-800 dark:text-amber-300"> · not steady (warm-up capped)</span>
      )}
    </span>
  );
}
