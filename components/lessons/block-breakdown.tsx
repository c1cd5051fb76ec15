import type { LayerCost, ModelId } from "@/lib/arch/types";
import { formatCount, formatExact } from "@/lib/cost/format";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { explorerHref } from "@/lib/explorer/explorer-state";
import { layerName, operationText, shapeText } from "@/lib/explorer/layer-text";
import Link from "next/link";
import { countColumn } from "@/components/ui/count-columns";
import { OpSwatch } from "@/components/ui/op-swatch";
import { DataTable, type Column } from "@/components/ui/data-table";

function columnsFor(model: ModelId): readonly Column<LayerCost>[] {
  return [
    {
      id: "layer",
      header: "Layer",
      rowHeader: true,
      cell: (l) => (
        <>
          <OpSwatch op={l.op} />
          <span className="font-medium">{layerName(l)}</span>
          <span className="block pl-4 text-xs text-slate-600 dark:text-slate-400">
            {operationText(l)}
          </span>
        </>
      ),
    },
    {
      id: "shape",
      header: "Shape in → out",
      mono: true,
      className: "text-xs",
      cell: (l) => `${shapeText(l.input)} → ${shapeText(l.output)}`,
    },
    {
      id: "macs",
      header: "MACs",
      numeric: true,
      cell: (l) => (
        <Link
          href={explorerHref(model, { layer: l.path })}
          title={`Exactly ${formatExact(l.macs)} MACs. Open this layer in the explorer.`}
          className="underline decoration-dotted underline-offset-2"
        >
          {formatCount(l.macs)}
        </Link>
      ),
    },
    countColumn("params", "Params", (l) => l.params, { unit: "params" }),
  ];
}

/** One block of a real network, layer by layer, straight from the cost engine (with explorer links). */
export function BlockBreakdown({
  model,
  block,
  caption,
}: {
  readonly model: ModelId;
  readonly block: string;
  readonly caption: string;
}) {
  const network = resolveNetwork(model);
  const resolved = network.blocks.find((b) => b.name === block);
  if (!resolved) return null;
  return (
    <div data-testid={`block-${model}-${block}`}>
      <DataTable
        columns={columnsFor(model)}
        rows={resolved.layers}
        rowKey={(l) => l.path}
        caption={caption}
        captionVisible
      />
      {resolved.residual && (
        <p className="mt-2 text-sm">
          The block&apos;s input is added to its output (a residual connection).
        </p>
      )}
    </div>
  );
}
