import { paperTop1 } from "@/lib/inference/published-accuracy";
import { v3VariantRows, type V3VariantRow } from "@/lib/lessons/v3-variants";
import type { Column } from "@/components/ui/data-table";
import { ModelTable } from "@/components/ui/model-table";
import { CostLink } from "./cost-link";

const none = (n: number) => (n === 0 ? "none" : n);

const top1 = (r: V3VariantRow) => paperTop1({ model: r.model, alpha: 1, resolution: 224 });

const COLUMNS: readonly Column<V3VariantRow>[] = [
  { id: "model", header: "224 px, α 1", rowHeader: true, cell: (r) => r.title },
  {
    id: "macs",
    header: "MACs",
    cell: (r) => <CostLink model={r.model} metric="macs" unit={false} />,
  },
  {
    id: "params",
    header: "params",
    cell: (r) => <CostLink model={r.model} metric="params" unit={false} />,
  },
  {
    id: "se",
    header: "SE blocks (their MACs, params)",
    cell: (r) =>
      r.seBlocks === 0
        ? "none"
        : `${r.seBlocks} (${(r.seMacs / 1e6).toFixed(1)} M, ${(r.seParams / 1e6).toFixed(2)} M)`,
  },
  { id: "hswish", header: "h-swish layers", cell: (r) => none(r.hswishBlocks) },
  { id: "dw5", header: "5×5 depthwise", cell: (r) => none(r.depthwise5x5) },
  {
    id: "top1",
    header: "top-1 (float)",
    title: (r) => top1(r)?.source,
    cell: (r) => {
      const t = top1(r);
      return t ? `${(t.top1 * 100).toFixed(1)} % (${t.shortSource})` : "–";
    },
  },
];

/**
 * V3-Large, V3-Large minimalistic (no SE, no h-swish, no 5×5) and V3-Small side by side: the engine's
 * counts (each linking to the explorer) and each model's published float top-1 with its source.
 */
export function V3VariantTable() {
  return (
    <ModelTable
      columns={COLUMNS}
      rows={v3VariantRows()}
      caption="MobileNetV3 with and without squeeze-and-excite and h-swish: multiply-adds, parameters, which layers use them, published top-1"
      scrollTestId="v3-variant-table"
      className="tabular-nums [&_td]:whitespace-nowrap"
      headerTone="muted"
    />
  );
}
