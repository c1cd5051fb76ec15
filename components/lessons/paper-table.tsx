import Link from "next/link";
import { PUBLISHED_POINTS, PUBLISHED_SOURCES, type PublishedPoint } from "@/lib/arch/published";
import { formatExact } from "@/lib/cost/format";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { explorerHref } from "@/lib/explorer/explorer-state";
import { DataTable, type Column } from "@/components/ui/data-table";

const ROWS = PUBLISHED_POINTS.filter(
  (p) => p.source === PUBLISHED_SOURCES.v1Table6 || p.source === PUBLISHED_SOURCES.v1Table7,
);

const view = (p: PublishedPoint) => ({ alpha: p.alpha, resolution: p.resolution });

const COLUMNS: readonly Column<PublishedPoint>[] = [
  {
    id: "model",
    header: "Model",
    rowHeader: true,
    cell: (p) => `${p.alpha.toFixed(2).replace(/0$/, "")} MobileNet-${p.resolution}`,
  },
  { id: "top1", header: "Top-1", numeric: true, cell: (p) => `${p.top1} %` },
  {
    id: "paper-macs",
    header: "Paper MACs",
    numeric: true,
    cell: (p) => (
      <Link
        href={explorerHref("v1", view(p))}
        className="underline decoration-dotted underline-offset-2"
        title="Open in the explorer"
      >
        {p.macsM} M
      </Link>
    ),
  },
  {
    id: "our-macs",
    header: "Our MACs",
    numeric: true,
    mono: true,
    className: "text-xs",
    cell: (p) => formatExact(resolveNetwork("v1", view(p)).totals.macs),
  },
  { id: "paper-params", header: "Paper params", numeric: true, cell: (p) => `${p.paramsM} M` },
];

/** V1 Tables 6–7 as printed, beside our exact count, each row linking to its explorer view. */
export function PaperTable() {
  return (
    <DataTable
      columns={COLUMNS}
      rows={ROWS}
      rowKey={(p) => `${p.alpha}-${p.resolution}`}
      keyAttribute="data-row"
      caption="MobileNetV1 paper, Tables 6 (width) and 7 (resolution), with our exact count."
      captionVisible
      testId="v1-paper-table"
    />
  );
}
