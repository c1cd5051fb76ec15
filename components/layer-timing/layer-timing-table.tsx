"use client";

import { useMemo, useState } from "react";
import { saveFile } from "@/components/lab/save-file";
import { formatCount, formatExact } from "@/lib/cost/format";
import type { TimedLayer, TimingSummary } from "@/lib/layer-timing/summarize";
import { percent, timingCsv } from "@/lib/layer-timing/timing-text";
import { OP_STYLES, opColorVar } from "@/lib/viz/theme";
import { formatBytes, formatMsShort, sig3 } from "./format";

type SortKey = "index" | "ms" | "macs" | "bytes" | "intensity" | "gmacs";

const COLUMNS: readonly { key: SortKey; label: string; title: string }[] = [
  { key: "ms", label: "ms", title: "median kernel time" },
  { key: "macs", label: "MACs", title: "multiply-adds" },
  { key: "bytes", label: "bytes", title: "fp32 bytes moved" },
  { key: "intensity", label: "MACs/byte", title: "arithmetic intensity" },
  { key: "gmacs", label: "GMAC/s", title: "achieved billions of multiply-adds per second" },
];

/**
 * Every timed layer, sortable by any number (a header button; again to flip), with the remainder
 * row always last. The download writes the same rows, in network order, as CSV.
 */
export function LayerTimingTable({
  summary,
  fileStem,
  selected,
  onSelect,
}: {
  readonly summary: TimingSummary;
  readonly fileStem: string;
  readonly selected?: number;
  readonly onSelect?: (index: number) => void;
}) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: "index",
    descending: false,
  });
  const rows = useMemo(() => {
    const value = (l: TimedLayer) => (Number.isFinite(l[sort.key]) ? l[sort.key] : -1);
    const sorted = [...summary.layers].sort((a, b) => value(a) - value(b));
    return sort.descending ? sorted.reverse() : sorted;
  }, [summary.layers, sort]);
  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== "index" }));
  const ariaSort = (key: SortKey) =>
    sort.key === key ? (sort.descending ? "descending" : "ascending") : undefined;
  const header = (key: SortKey, label: string, title: string, right = true) => (
    <th
      key={key}
      scope="col"
      aria-sort={ariaSort(key)}
      className={`px-2 py-1 font-normal ${right ? "text-right" : ""}`}
    >
      <button
        type="button"
        onClick={() => sortBy(key)}
        title={`Sort by ${title}`}
        className="underline decoration-dotted underline-offset-2 hover:text-slate-900 dark:hover:text-white"
      >
        {label}
        {sort.key === key ? (sort.descending ? " ↓" : " ↑") : ""}
      </button>
    </th>
  );
  const r = summary.remainder;
  return (
    <div className="space-y-3">
      <button
        type="button"
        onClick={() => saveFile(timingCsv(summary), `${fileStem}-layer-times.csv`, "text/csv")}
        className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200"
      >
        Download layer times (CSV)
      </button>
      <div className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="w-full text-sm whitespace-nowrap tabular-nums" data-testid="layer-times">
          <caption className="sr-only">
            Time per layer: median kernel time, share of the total, multiply-adds, bytes moved,
            arithmetic intensity and achieved GMAC/s; the remainder row is last
          </caption>
          <thead className="sticky top-0 bg-white text-left text-xs text-slate-500 dark:bg-slate-950 dark:text-slate-400">
            <tr>
              {header("index", "#", "network order", false)}
              <th scope="col" className="px-2 py-1 font-normal">
                layer
              </th>
              {header("ms", "ms", "median kernel time")}
              <th scope="col" className="px-2 py-1 text-right font-normal">
                share
              </th>
              {COLUMNS.slice(1).map((c) => header(c.key, c.label, c.title))}
            </tr>
          </thead>
          <tbody>
            {rows.map((l) => (
              <tr
                key={l.node}
                data-testid="layer-time-row"
                data-kind={l.kind}
                data-ms={l.ms}
                aria-selected={selected === undefined ? undefined : selected === l.index}
                className={`border-t border-slate-100 dark:border-slate-900 ${selected === l.index ? "bg-sky-50 dark:bg-sky-950" : ""}`}
              >
                <td className="px-2 py-1 text-slate-500 dark:text-slate-400">{l.index}</td>
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  <span
                    aria-hidden="true"
                    className="mr-1.5 inline-block h-2.5 w-2.5 rounded-sm align-middle"
                    style={{ background: opColorVar(l.kind) }}
                  />
                  {onSelect ? (
                    <button
                      type="button"
                      onClick={() => onSelect(l.index)}
                      className="underline decoration-dotted underline-offset-2"
                      title={`${OP_STYLES[l.kind].label}; open this layer above`}
                    >
                      {l.label}
                    </button>
                  ) : (
                    <span title={OP_STYLES[l.kind].label}>{l.label}</span>
                  )}
                </th>
                <td className="px-2 py-1 text-right font-mono">{formatMsShort(l.ms)}</td>
                <td className="px-2 py-1 text-right font-mono">{percent(l.share)}</td>
                <td className="px-2 py-1 text-right font-mono" title={formatExact(l.macs)}>
                  {formatCount(l.macs)}
                </td>
                <td className="px-2 py-1 text-right font-mono" title={`${formatExact(l.bytes)} B`}>
                  {formatBytes(l.bytes)}
                </td>
                <td className="px-2 py-1 text-right font-mono">{sig3(l.intensity)}</td>
                <td className="px-2 py-1 text-right font-mono">{sig3(l.gmacs)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr
              data-testid="remainder-row"
              data-ms={r.ms}
              className="border-t-2 border-slate-300 dark:border-slate-700"
            >
              <td className="px-2 py-1" />
              <th scope="row" className="px-2 py-1 text-left font-normal whitespace-normal">
                Remainder{" "}
                <span className="text-xs text-slate-500 dark:text-slate-400">
                  ({formatMsShort(r.kernelMs)} in other kernels
                  {r.ops.length > 0
                    ? `: ${r.ops.map((o) => `${o.opName} ×${o.count}`).join(", ")}`
                    : ""}
                  ; {formatMsShort(r.betweenKernelsMs)} between kernels)
                </span>
              </th>
              <td className="px-2 py-1 text-right font-mono">{formatMsShort(r.ms)}</td>
              <td className="px-2 py-1 text-right font-mono">{percent(r.share)}</td>
              <td colSpan={4} className="px-2 py-1 text-xs text-slate-500 dark:text-slate-400">
                no conv or FC layer: no MACs counted
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
