import { formatStat } from "./format-stat";

/** A k×k kernel's real numbers as a small table (row by row, as the filter slides over the input). */
export function KernelTable({
  kernel,
  caption,
  testId,
}: {
  readonly kernel: readonly (readonly number[])[];
  readonly caption: string;
  readonly testId?: string;
}) {
  return (
    <table className="border-collapse font-mono text-xs tabular-nums" data-testid={testId}>
      <caption className="mb-1 text-left font-sans text-xs text-slate-600 dark:text-slate-400">
        {caption}
      </caption>
      <tbody>
        {kernel.map((row, r) => (
          <tr key={r}>
            {row.map((v, c) => (
              <td
                key={c}
                className={`border border-slate-300 px-1.5 py-0.5 text-right dark:border-slate-600 ${
                  v < 0 ? "text-slate-500 dark:text-slate-400" : ""
                }`}
              >
                {formatStat(v)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
