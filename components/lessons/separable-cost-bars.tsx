import { formatCount, formatExact } from "@/lib/cost/format";
import type { SeparableComparison } from "@/lib/cost/separable";
import type { BarSegment, SeparableBarKey } from "@/lib/viz/separable-bars";
import { separableBars } from "@/lib/viz/separable-bars";
import { opColorVar } from "@/lib/viz/theme";

const LABELS: Readonly<Record<SeparableBarKey, string>> = {
  standard: "Standard convolution",
  depthwise: "Depthwise part",
  pointwise: "Pointwise part",
  separable: "Separable total (depthwise + pointwise)",
};

const pct = (f: number) => `${(100 * f).toFixed(3)}%`;

/** A bar on a 0…1 track; a non-zero segment keeps a 1 px sliver so a 0.2 % depthwise cost stays visible. */
function Track({
  segments,
  label,
}: {
  readonly segments: readonly BarSegment[];
  readonly label: string;
}) {
  return (
    <div
      role="img"
      aria-label={label}
      className="relative mt-1 h-4 rounded-sm bg-slate-100 dark:bg-slate-800"
    >
      {segments.map((s) => (
        <div
          key={`${s.op}-${s.from}`}
          className="absolute inset-y-0"
          style={{
            left: pct(s.from),
            width: pct(s.to - s.from),
            minWidth: s.to > s.from ? 1 : 0,
            background: opColorVar(s.op),
          }}
        />
      ))}
    </div>
  );
}

/**
 * The calculator's four costs drawn to one scale (standard = full width), then the separable total
 * zoomed to full width, so "about 9× less" and "almost all of it is pointwise" are lengths, not digits.
 */
export function SeparableCostBars({ result }: { readonly result: SeparableComparison }) {
  const { bars, times, pointwiseShare, zoomed } = separableBars(result);
  const share = `${(100 * pointwiseShare).toFixed(1)} %`;
  return (
    <div className="mt-3 space-y-3" data-testid="calc-bars">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Multiply-adds, all four bars on one scale (the standard convolution is the full width):
      </p>
      {bars.map((b) => {
        const fraction = b.segments.at(-1)?.to ?? 0;
        return (
          <div key={b.key} data-testid={`calc-${b.key}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
              <span>{LABELS[b.key]}</span>
              <span className="tabular-nums">
                <strong title={`${formatExact(b.macs)} MACs`} data-testid={`calc-${b.key}-macs`}>
                  {formatCount(b.macs)}
                </strong>{" "}
                MACs ·{" "}
                <span title={`${formatExact(b.params)} weights`}>{formatCount(b.params)}</span>{" "}
                params
                {b.key !== "standard" && (
                  <span className="text-slate-500 dark:text-slate-400">
                    {" "}
                    · {(100 * fraction).toFixed(fraction < 0.01 ? 2 : 1)} % of standard
                  </span>
                )}
              </span>
            </div>
            <Track
              segments={b.segments}
              label={`${LABELS[b.key]}: ${formatCount(b.macs)} MACs, ${(100 * fraction).toFixed(1)} % of the standard convolution`}
            />
          </div>
        );
      })}
      <p className="text-sm" data-testid="calc-bars-summary">
        The separable bar fits <strong>{times.toFixed(1)}×</strong> into the standard one, and{" "}
        <strong data-testid="calc-pointwise-share">{share}</strong> of it is the pointwise part.
        Zoomed to full width:
      </p>
      <Track
        segments={zoomed}
        label={`Separable total zoomed: depthwise ${(100 - 100 * pointwiseShare).toFixed(1)} %, pointwise ${share}`}
      />
      <p className="flex justify-between text-xs text-slate-600 dark:text-slate-400">
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block h-2.5 w-2.5 rounded-sm"
            style={{ background: opColorVar("depthwise") }}
          />
          depthwise {(100 - 100 * pointwiseShare).toFixed(1)} %
        </span>
        <span>
          pointwise {share}
          <span
            aria-hidden="true"
            className="ml-1 inline-block h-2.5 w-2.5 rounded-sm"
            style={{ background: opColorVar("pointwise") }}
          />
        </span>
      </p>
    </div>
  );
}
