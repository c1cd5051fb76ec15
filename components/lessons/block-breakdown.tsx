import type { ModelId } from "@/lib/arch/types";
import { formatCount, formatExact } from "@/lib/cost/format";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { explorerHref } from "@/lib/explorer/explorer-state";
import { layerName, operationText, shapeText } from "@/lib/explorer/layer-text";
import { opColorVar } from "@/lib/viz/theme";
import Link from "next/link";

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
    <div className="overflow-x-auto" data-testid={`block-${model}-${block}`}>
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-sm text-slate-600 dark:text-slate-400">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th scope="col" className="py-1 pr-3 font-medium">
              Layer
            </th>
            <th scope="col" className="pr-3 font-medium">
              Shape in → out
            </th>
            <th scope="col" className="pr-3 text-right font-medium">
              MACs
            </th>
            <th scope="col" className="text-right font-medium">
              Params
            </th>
          </tr>
        </thead>
        <tbody>
          {resolved.layers.map((l) => (
            <tr key={l.path} className="border-b border-slate-100 dark:border-slate-900">
              <th scope="row" className="py-1 pr-3 font-normal">
                <span
                  aria-hidden="true"
                  className="mr-1.5 inline-block h-2.5 w-2.5 rounded-sm"
                  style={{ background: opColorVar(l.op) }}
                />
                <span className="font-medium">{layerName(l)}</span>
                <span className="block pl-4 text-xs text-slate-600 dark:text-slate-400">
                  {operationText(l)}
                </span>
              </th>
              <td className="pr-3 font-mono text-xs">
                {shapeText(l.input)} → {shapeText(l.output)}
              </td>
              <td className="pr-3 text-right whitespace-nowrap">
                <Link
                  href={explorerHref(model, { layer: l.path })}
                  title={`Exactly ${formatExact(l.macs)} MACs. Open this layer in the explorer.`}
                  className="tabular-nums underline decoration-dotted underline-offset-2"
                >
                  {formatCount(l.macs)}
                </Link>
              </td>
              <td
                className="text-right whitespace-nowrap tabular-nums"
                title={`${formatExact(l.params)} params`}
              >
                {formatCount(l.params)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {resolved.residual && (
        <p className="mt-2 text-sm">
          The block&apos;s input is added to its output (a residual connection).
        </p>
      )}
    </div>
  );
}
