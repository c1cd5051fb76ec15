import type { LayerCost } from "@/lib/arch/types";
import { operationText, shapeText } from "@/lib/explorer/layer-text";
import { OP_STYLES } from "@/lib/viz/theme";
import { countColumn } from "@/components/ui/count-columns";
import { DataTable, type Column, type RowAttributes } from "@/components/ui/data-table";

const COLUMNS: readonly Column<LayerCost>[] = [
  { id: "layer", header: "Layer", rowHeader: true, mono: true, cell: (l) => l.path },
  {
    id: "operation",
    header: "Operation",
    cell: operationText,
    title: (l) => OP_STYLES[l.op].label,
  },
  {
    id: "shape",
    header: "Input → output",
    mono: true,
    className: "whitespace-nowrap",
    cell: (l) => `${shapeText(l.input)} → ${shapeText(l.output)}`,
  },
  countColumn("macs", "MACs", (l) => l.macs, { mono: true }),
  countColumn("params", "Params", (l) => l.params, { mono: true }),
];

const markSelected = (_: LayerCost, selected: boolean): RowAttributes =>
  selected ? { "aria-current": "true", className: "bg-slate-100 dark:bg-slate-800" } : {};

/** The text equivalent of the per-layer charts: every layer's shapes and numbers. */
export function LayerTable({
  layers,
  selected,
}: {
  readonly layers: readonly LayerCost[];
  readonly selected: string | null;
}) {
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer">All {layers.length} layers as a table</summary>
      <DataTable
        look="compact"
        columns={COLUMNS}
        rows={layers}
        rowKey={(l) => l.path}
        selectedKey={selected}
        rowAttributes={markSelected}
        caption="Layers, their shapes, MACs and params"
        scrollClassName="mt-2 max-h-96"
      />
    </details>
  );
}
