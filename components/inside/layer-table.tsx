"use client";

import { memo, useMemo } from "react";
import type { InsideLayer, LayerRunStats } from "@/lib/inside/inside-protocol";
import { layerStatsCsv, shapeText } from "@/lib/inside/layer-csv";
import type { TensorStats } from "@/lib/inside/tensor-stats";
import { countColumn } from "@/components/ui/count-columns";
import { OpSwatch } from "@/components/ui/op-swatch";
import { DataTable, type Column, type RowAttributes } from "@/components/ui/data-table";
import { formatPercent, formatStat } from "./format-stat";

interface LayerRow {
  readonly layer: InsideLayer;
  /** The row's position: what `onSelect` gets. */
  readonly row: number;
  readonly stats: TensorStats | undefined;
}

const EMPTY_STATS: TensorStats = { count: 0, min: 0, max: 0, mean: 0, zeroFraction: 0 };

const statColumn = (id: string, format: (s: TensorStats) => string): Column<LayerRow> => ({
  id,
  header: id,
  numeric: true,
  mono: true,
  cell: ({ stats }) => (stats ? format(stats) : "–"),
});

function columnsFor(onSelect: (index: number) => void): readonly Column<LayerRow>[] {
  return [
    {
      id: "#",
      header: "#",
      className: "text-slate-500 dark:text-slate-400",
      cell: ({ layer }) => layer.index,
    },
    {
      id: "layer",
      header: "layer",
      className: "whitespace-nowrap",
      cell: ({ layer: l, row }, selected) => (
        <button
          type="button"
          onClick={() => onSelect(row)}
          aria-current={selected ? "true" : undefined}
          className="flex items-center gap-1.5 text-left font-mono hover:underline"
        >
          <OpSwatch op={l.op} className="" />
          {l.path}
        </button>
      ),
    },
    {
      id: "shape",
      header: "shape",
      mono: true,
      className: "whitespace-nowrap",
      cell: ({ layer }) => shapeText(layer.output),
    },
    countColumn("MACs", "MACs", ({ layer }) => layer.macs),
    countColumn("params", "params", ({ layer }) => layer.params),
    statColumn("min", (s) => formatStat(s.min)),
    statColumn("max", (s) => formatStat(s.max)),
    statColumn("mean", (s) => formatStat(s.mean)),
    statColumn("zeros", (s) => formatPercent(s.zeroFraction)),
  ];
}

const markRow = (_: LayerRow, selected: boolean): RowAttributes => ({
  "data-testid": "layer-row",
  className: selected ? "bg-slate-100 dark:bg-slate-800/70" : undefined,
});

/**
 * Every layer of the model with this photo's stats beside the engine's costs; a row's name selects
 * that layer. The download writes the same numbers as CSV (one row per conv/FC layer output).
 */
export const LayerTable = memo(function LayerTable({
  layers,
  stats,
  selected,
  onSelect,
  fileStem,
}: {
  readonly layers: readonly InsideLayer[];
  readonly stats: readonly LayerRunStats[];
  readonly selected: number;
  readonly onSelect: (index: number) => void;
  readonly fileStem: string;
}) {
  const rows = useMemo(
    () => layers.map((layer, row) => ({ layer, row, stats: stats[row]?.stats })),
    [layers, stats],
  );
  const columns = useMemo(() => columnsFor(onSelect), [onSelect]);
  const csv = () =>
    layerStatsCsv(
      rows.map(({ layer: l, stats: s }) => ({
        index: l.index,
        layer: l.path,
        kind: l.op,
        shape: l.output,
        stats: s ?? EMPTY_STATS,
      })),
    );
  return (
    <DataTable
      look="panel"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.layer.path}
      selectedKey={layers[selected]?.path}
      rowAttributes={markRow}
      caption="Every layer: kind, output shape, the engine's MACs and params, and this photo's activation stats"
      testId="layer-table"
      className="tabular-nums"
      download={{
        label: "Download layer statistics (CSV)",
        fileName: `${fileStem}-layer-stats.csv`,
        csv,
        testId: "csv-download",
      }}
    />
  );
});
