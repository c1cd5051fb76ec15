"use client";

/** Class probabilities as a list, best first, each item reading "<class> <percent> %" with a bar. */
export function PredictionList({
  names,
  probabilities,
  colours,
}: {
  readonly names: readonly string[];
  readonly probabilities: ArrayLike<number>;
  readonly colours: readonly string[];
}) {
  const order = names
    .map((_, i) => i)
    .sort((a, b) => (probabilities[b] ?? 0) - (probabilities[a] ?? 0));
  return (
    <ol aria-label="Predictions" className="space-y-1 text-sm">
      {order.map((i, rank) => {
        const p = probabilities[i] ?? 0;
        return (
          <li key={i} className="grid grid-cols-[minmax(6rem,auto)_3.5rem_1fr] items-center gap-2">
            <span className={rank === 0 ? "font-semibold" : ""}>{names[i]}</span>{" "}
            <span className="text-right font-mono tabular-nums">{Math.round(p * 100)} %</span>
            <span aria-hidden className="h-2.5 rounded bg-slate-100 dark:bg-slate-800">
              <span
                className="block h-full rounded"
                style={{ width: `${p * 100}%`, background: colours[i] }}
              />
            </span>
          </li>
        );
      })}
    </ol>
  );
}
