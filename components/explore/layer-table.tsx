import type { LayerCost } from "@/lib/arch/types";
import { formatCount, formatExact } from "@/lib/cost/format";
import { operationText, shapeText } from "@/lib/explorer/layer-text";
import { OP_STYLES } from "@/lib/viz/theme";

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
      <div className="mt-2 max-h-96 overflow-auto">
        <table className="w-full text-left text-xs">
          <caption className="sr-only">Layers, their shapes, MACs and params</caption>
          <thead className="sticky top-0 bg-white dark:bg-[#0f1419]">
            <tr>
              <th scope="col" className="py-1 pr-2">
                Layer
              </th>
              <th scope="col" className="pr-2">
                Operation
              </th>
              <th scope="col" className="pr-2">
                Input → output
              </th>
              <th scope="col" className="pr-2 text-right">
                MACs
              </th>
              <th scope="col" className="text-right">
                Params
              </th>
            </tr>
          </thead>
          <tbody>
            {layers.map((l) => (
              <tr
                key={l.path}
                aria-current={l.path === selected ? "true" : undefined}
                className={l.path === selected ? "bg-slate-100 dark:bg-slate-800" : ""}
              >
                <th scope="row" className="py-0.5 pr-2 font-mono font-normal">
                  {l.path}
                </th>
                <td className="pr-2" title={OP_STYLES[l.op].label}>
                  {operationText(l)}
                </td>
                <td className="pr-2 font-mono whitespace-nowrap">
                  {shapeText(l.input)} → {shapeText(l.output)}
                </td>
                <td className="pr-2 text-right font-mono" title={formatExact(l.macs)}>
                  {formatCount(l.macs)}
                </td>
                <td className="text-right font-mono" title={formatExact(l.params)}>
                  {formatCount(l.params)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
