import type { TensorStats } from "@/lib/inside/tensor-stats";
import { formatPercent, formatStat } from "./format-stat";

/** min / max / mean / exact zeros as a definition list; each value carries its exact number. */
export function LayerStatsText({
  stats,
  testId,
}: {
  readonly stats: TensorStats;
  readonly testId?: string;
}) {
  const items = [
    ["min", formatStat(stats.min), stats.min],
    ["max", formatStat(stats.max), stats.max],
    ["mean", formatStat(stats.mean), stats.mean],
    ["exact zeros", formatPercent(stats.zeroFraction), stats.zeroFraction],
  ] as const;
  return (
    <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm" data-testid={testId}>
      {items.map(([label, text, exact]) => (
        <div key={label} className="flex gap-1.5">
          <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
          <dd
            className="font-mono tabular-nums"
            data-stat={label.replace(" ", "-")}
            data-value={exact}
            title={String(exact)}
          >
            {text}
          </dd>
        </div>
      ))}
    </dl>
  );
}
