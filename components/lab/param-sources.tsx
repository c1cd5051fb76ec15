import { MODEL_TITLES } from "@/lib/arch/models";
import { formatExact } from "@/lib/cost/format";
import { labParamSources } from "@/lib/lab/param-sources";

const m = (n: number) => `${(n / 1e6).toFixed(2)} M`;

/** Each model's printed parameter count beside our count and the built graph's (lib/lab/param-sources). */
export function ParamSources() {
  const rows = labParamSources();
  return (
    <details className="mt-3 max-w-3xl text-sm" data-testid="lab-param-sources">
      <summary className="cursor-pointer">
        Parameter counts: each paper&apos;s and the built graph&apos;s
      </summary>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        At α = 1. Paper: as printed in the model&apos;s own paper (V3-Large minimalistic has no
        paper: TF-slim&apos;s checkpoint table). Ours: conv and FC weights and biases, the
        papers&apos; convention. Graph: what the downloadable .onnx holds, with batch norm folded
        into conv biases.
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm [&_td]:whitespace-nowrap">
          <caption className="sr-only">Parameter counts per model: paper, ours, graph</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className="py-1 pr-3 font-medium">
                Model
              </th>
              <th scope="col" className="pr-3 text-right font-medium">
                Paper
              </th>
              <th scope="col" className="pr-3 text-right font-medium">
                Ours
              </th>
              <th scope="col" className="text-right font-medium">
                Graph
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.model}
                data-model={r.model}
                className="border-b border-slate-100 dark:border-slate-900"
              >
                <th scope="row" className="py-1 pr-3 font-normal">
                  {MODEL_TITLES[r.model]}
                </th>
                <td className="pr-3 text-right tabular-nums" title={r.paperSource}>
                  {r.paperParamsM} M
                </td>
                <td className="pr-3 text-right tabular-nums" title={formatExact(r.ourParams)}>
                  {m(r.ourParams)}
                </td>
                <td className="text-right tabular-nums" title={formatExact(r.graphParams)}>
                  {m(r.graphParams)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
