import type { ReactNode } from "react";
import { formatCount, formatExact } from "@/lib/cost/format";

/**
 * One count in a bordered tile of a `<dl>`: its label, the short number (exact on hover) with its
 * unit, the exact number below it, and an optional note.
 */
export function CountStat({
  label,
  value,
  unit,
  testId,
  exactTestId,
  exactNote,
  note,
}: {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  /** Test id of the short number. */
  readonly testId?: string;
  /** Test id of the exact number. */
  readonly exactTestId?: string;
  /** Said after the exact number, on its line. */
  readonly exactNote?: string;
  /** Said on a line of its own below. */
  readonly note?: ReactNode;
}) {
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1">
        <span
          className="text-2xl font-semibold tabular-nums"
          title={`${formatExact(value)} ${unit}`}
          data-testid={testId}
        >
          {formatCount(value)}
        </span>{" "}
        <span className="text-sm">{unit}</span>
        <span
          className="block font-mono text-xs text-slate-500 dark:text-slate-400"
          data-testid={exactTestId}
        >
          {formatExact(value)}
          {exactNote ? ` · ${exactNote}` : ""}
        </span>
        {note && <span className="block text-xs text-slate-500 dark:text-slate-400">{note}</span>}
      </dd>
    </div>
  );
}
