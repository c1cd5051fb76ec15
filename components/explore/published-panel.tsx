import { PUBLISHED_POINTS } from "@/lib/arch/published";
import type { ModelId } from "@/lib/arch/types";

/**
 * Every published row for exactly this model, α and resolution, with its source. The papers print
 * rounded or truncated numbers (V1 Table 7: 290 M where the exact count is 290.7 M), so both are shown.
 * A list, not a table: long source names must wrap on a phone.
 */
export function PublishedPanel({
  model,
  alpha,
  resolution,
}: {
  readonly model: ModelId;
  readonly alpha: number;
  readonly resolution: number;
}) {
  const rows = PUBLISHED_POINTS.filter(
    (p) =>
      p.model === model &&
      Math.abs(p.alpha - alpha) < 1e-9 &&
      p.resolution === resolution &&
      p.variant === undefined &&
      p.v3SmallHead !== 1280,
  );
  if (rows.length === 0) return null;
  return (
    <section className="mt-4 text-sm" data-testid="published-panel" aria-label="Published numbers">
      <p className="font-medium">Published numbers for this exact configuration</p>
      <ul className="mt-1 divide-y divide-slate-100 dark:divide-slate-800">
        {rows.map((p) => (
          <li key={p.source} className="py-1.5">
            <span className="font-semibold tabular-nums">
              {[
                p.top1 === null
                  ? null
                  : `${p.top1} % top-1${p.precision === "int8" ? " (8-bit quantized)" : ""}`,
                p.macsM === null ? null : `${p.macsM} M MACs`,
                p.paramsM === null ? null : `${p.paramsM} M params`,
              ]
                .filter((x) => x !== null)
                .join(" · ")}
            </span>
            <span className="block text-slate-600 dark:text-slate-400">
              {p.source}
              {!p.verified && (
                <span className="ml-1 text-amber-700 dark:text-amber-300">(unverified)</span>
              )}
            </span>
            {p.engineNote && (
              <span className="block text-xs text-slate-500 dark:text-slate-400">
                {p.engineNote}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
