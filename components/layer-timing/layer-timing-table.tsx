"use client";

import { useCallback, useMemo, useState } from "react";
import { formatCount } from "@/lib/cost/format";
import { nextSort, type SortState } from "@/lib/table/sort-rows";
import type { TimedLayer, TimingSummary } from "@/lib/layer-timing/summarize";
import { percent, timingCsv } from "@/lib/layer-timing/timing-text";
import { OP_STYLES } from "@/lib/viz/theme";
import { OpSwatch } from "@/components/ui/op-swatch";
import { DataTable, type Column, type RowAttributes } from "@/components/ui/data-table";
import { formatBytes, formatMsShort, sig3 } from "./format";

/** A measured number: right-aligned, and a sort button whose first click puts the biggest first. */
const measured = (
  id: "ms" | "macs" | "bytes" | "intensity" | "gmacs",
  header: string,
  title: string,
  format: (l: TimedLayer) => string,
  exact?: Column<TimedLayer>["exact"],
): Column<TimedLayer> => ({
  id,
  header,
  numeric: true,
  mono: true,
  cell: format,
  exact,
  sort: { value: (l) => l[id], title },
});

/**
 * The columns; `onSelect` makes a layer's name a button that opens it. Headers of numbers are sort
 * buttons: the first click puts the biggest first, "#" goes back to network order.
 */
function columnsFor(
  onSelect: ((index: number) => void) | undefined,
): readonly Column<TimedLayer>[] {
  return [
    {
      id: "index",
      header: "#",
      className: "text-slate-500 dark:text-slate-400",
      cell: (l) => l.index,
      sort: { value: (l) => l.index, title: "network order", first: "ascending" },
    },
    {
      id: "layer",
      header: "layer",
      rowHeader: true,
      cell: (l) => (
        <>
          <OpSwatch op={l.kind} />
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
        </>
      ),
    },
    measured("ms", "ms", "median kernel time", (l) => formatMsShort(l.ms)),
    { id: "share", header: "share", numeric: true, mono: true, cell: (l) => percent(l.share) },
    measured(
      "macs",
      "MACs",
      "multiply-adds",
      (l) => formatCount(l.macs),
      (l) => ({
        value: l.macs,
      }),
    ),
    measured(
      "bytes",
      "bytes",
      "fp32 bytes moved",
      (l) => formatBytes(l.bytes),
      (l) => ({
        value: l.bytes,
        unit: "B",
      }),
    ),
    measured("intensity", "MACs/byte", "arithmetic intensity", (l) => sig3(l.intensity)),
    measured("gmacs", "GMAC/s", "achieved billions of multiply-adds per second", (l) =>
      sig3(l.gmacs),
    ),
  ];
}

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
  const [sort, setSort] = useState<SortState>({ column: "index", direction: "ascending" });
  const columns = useMemo(() => columnsFor(onSelect), [onSelect]);
  const selectable = selected !== undefined;
  const rowAttributes = useCallback(
    (l: TimedLayer, isSelected: boolean): RowAttributes => ({
      "data-testid": "layer-time-row",
      "data-kind": l.kind,
      "data-ms": l.ms,
      "aria-selected": selectable ? isSelected : undefined,
      className: isSelected ? "bg-sky-50 dark:bg-sky-950" : undefined,
    }),
    [selectable],
  );
  const r = summary.remainder;
  return (
    <DataTable
      look="panel"
      columns={columns}
      rows={summary.layers}
      rowKey={(l) => l.node}
      selectedKey={summary.layers.find((l) => l.index === selected)?.node}
      rowAttributes={rowAttributes}
      sort={sort}
      onSort={(column, first) => setSort((s) => nextSort(s, column, first))}
      caption="Time per layer: median kernel time, share of the total, multiply-adds, bytes moved, arithmetic intensity and achieved GMAC/s; the remainder row is last"
      testId="layer-times"
      className="whitespace-nowrap tabular-nums"
      download={{
        label: "Download layer times (CSV)",
        fileName: `${fileStem}-layer-times.csv`,
        csv: () => timingCsv(summary),
      }}
      footer={
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
      }
    />
  );
}
