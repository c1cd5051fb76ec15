import { paperTop1 } from "@/lib/inference/published-accuracy";
import { v3VariantRows } from "@/lib/lessons/v3-variants";
import { CostLink } from "./cost-link";

/**
 * V3-Large, V3-Large minimalistic (no SE, no h-swish, no 5×5) and V3-Small side by side: the engine's
 * counts (each linking to the explorer) and each model's published float top-1 with its source.
 */
export function V3VariantTable() {
  const rows = v3VariantRows();
  return (
    <div className="overflow-x-auto" data-testid="v3-variant-table">
      <table className="w-full text-left text-sm [&_td]:py-1 [&_td]:pr-4 [&_td]:whitespace-nowrap [&_th]:pr-4">
        <caption className="sr-only">
          MobileNetV3 with and without squeeze-and-excite and h-swish: multiply-adds, parameters,
          which layers use them, published top-1
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
            <th scope="col" className="font-medium">
              224 px, α 1
            </th>
            <th scope="col" className="font-medium">
              MACs
            </th>
            <th scope="col" className="font-medium">
              params
            </th>
            <th scope="col" className="font-medium">
              SE blocks (their MACs, params)
            </th>
            <th scope="col" className="font-medium">
              h-swish layers
            </th>
            <th scope="col" className="font-medium">
              5×5 depthwise
            </th>
            <th scope="col" className="font-medium">
              top-1 (float)
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {rows.map((r) => {
            const top1 = paperTop1({ model: r.model, alpha: 1, resolution: 224 });
            return (
              <tr
                key={r.model}
                data-model={r.model}
                className="border-b border-slate-100 dark:border-slate-900"
              >
                <th scope="row" className="py-1 font-normal">
                  {r.title}
                </th>
                <td>
                  <CostLink model={r.model} metric="macs" unit={false} />
                </td>
                <td>
                  <CostLink model={r.model} metric="params" unit={false} />
                </td>
                <td>
                  {r.seBlocks === 0
                    ? "none"
                    : `${r.seBlocks} (${(r.seMacs / 1e6).toFixed(1)} M, ${(r.seParams / 1e6).toFixed(2)} M)`}
                </td>
                <td>{r.hswishBlocks === 0 ? "none" : r.hswishBlocks}</td>
                <td>{r.depthwise5x5 === 0 ? "none" : r.depthwise5x5}</td>
                <td title={top1?.source}>
                  {top1 ? `${(top1.top1 * 100).toFixed(1)} % (${top1.shortSource})` : "–"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
