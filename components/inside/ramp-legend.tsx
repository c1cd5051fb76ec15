import { rampColor } from "@/lib/viz/activation-ramp";
import { formatStat } from "./format-stat";

/** The colour ramp's legend: a gradient bar from the layer's min to its max, with 0 marked when inside. */
export function RampLegend({ lo, hi }: { readonly lo: number; readonly hi: number }) {
  const stops = Array.from({ length: 9 }, (_, i) => {
    const v = lo + ((hi - lo) * i) / 8;
    return `${rampColor(v, lo, hi)} ${(i / 8) * 100}%`;
  });
  const zeroAt = lo < 0 && hi > 0 ? ((0 - lo) / (hi - lo)) * 100 : null;
  return (
    <div
      className="w-full max-w-xs text-xs text-slate-600 dark:text-slate-400"
      data-testid="ramp-legend"
    >
      <div
        className="relative h-3 rounded-sm border border-slate-300 dark:border-slate-600"
        style={{ background: `linear-gradient(to right, ${stops.join(", ")})` }}
        aria-hidden
      >
        {zeroAt !== null && (
          <span
            className="absolute -top-1 h-5 w-px bg-slate-900 dark:bg-white"
            style={{ left: `${zeroAt}%` }}
          />
        )}
      </div>
      <div className="mt-0.5 flex justify-between tabular-nums">
        <span>{formatStat(lo)}</span>
        {zeroAt !== null && <span>0 marked</span>}
        <span>{formatStat(hi)}</span>
      </div>
      <span className="sr-only">
        Colour scale from {formatStat(lo)} (darkest) to {formatStat(hi)} (lightest), the same for
        every channel of this layer.
      </span>
    </div>
  );
}
