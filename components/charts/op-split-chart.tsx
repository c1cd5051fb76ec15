import { OP_KINDS, type OpKind } from "@/lib/arch/types";
import { formatCount, formatExact } from "@/lib/cost/format";
import type { OpShare } from "@/lib/cost/op-split";
import { OP_STYLES, opColorVar } from "@/lib/viz/theme";
import { StackedBar } from "./stacked-bar";

function percent(share: number): string {
  return `${(100 * share).toFixed(1)} %`;
}

/**
 * Where the cost goes, by operation kind: two 100 % stacked bars (MACs, params) and the same numbers
 * as a table (the text equivalent, always visible because the percentages are the point).
 */
export function OpSplitChart({ split }: { readonly split: Readonly<Record<OpKind, OpShare>> }) {
  const rows = OP_KINDS.map((op) => ({ op, ...split[op] })).filter(
    (r) => r.macs > 0 || r.params > 0,
  );
  const top = rows.reduce<(typeof rows)[number] | undefined>(
    (best, r) => (best === undefined || r.macsShare > best.macsShare ? r : best),
    undefined,
  );
  return (
    <div data-testid="op-split">
      {top && (
        <p className="mb-3 text-lg" data-testid="op-split-headline">
          <span
            aria-hidden="true"
            className="mr-2 inline-block h-3 w-3 rounded-sm"
            style={{ background: opColorVar(top.op) }}
          />
          {OP_STYLES[top.op].label} layers do <strong>{percent(top.macsShare)}</strong> of the
          multiply-adds.
        </p>
      )}
      {(["macs", "params"] as const).map((metric) => {
        const share = metric === "macs" ? "macsShare" : "paramsShare";
        return (
          <div key={metric} className="mb-3">
            <p className="mb-1 text-sm text-slate-600 dark:text-slate-400">
              {metric === "macs" ? "MACs (multiply-adds)" : "Params"}
            </p>
            <StackedBar
              className="h-6"
              segments={rows
                .filter((r) => r[share] > 0)
                .map((r) => ({
                  key: r.op,
                  share: r[share],
                  title: `${OP_STYLES[r.op].label}: ${percent(r[share])}`,
                  color: opColorVar(r.op),
                }))}
            />
          </div>
        );
      })}
      <div className="overflow-x-auto">
        <table className="mt-2 w-full text-sm whitespace-nowrap [&_td]:pl-3 [&_thead_th+th]:pl-3">
          <caption className="sr-only">Cost split by operation kind</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left dark:border-slate-800">
              <th scope="col" className="py-1 font-medium">
                Kind
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                MACs
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Share
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Params
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.op}
                data-op={r.op}
                className="border-b border-slate-100 dark:border-slate-900"
              >
                <th scope="row" className="py-1 text-left font-normal">
                  <span
                    aria-hidden="true"
                    className="mr-1.5 inline-block h-2.5 w-2.5 rounded-sm align-middle"
                    style={{ background: opColorVar(r.op) }}
                  />
                  {OP_STYLES[r.op].label}
                </th>
                <td className="py-1 text-right font-mono" title={`${formatExact(r.macs)} MACs`}>
                  {formatCount(r.macs)}
                </td>
                <td className="py-1 text-right font-mono" data-testid={`share-macs-${r.op}`}>
                  {percent(r.macsShare)}
                </td>
                <td className="py-1 text-right font-mono" title={`${formatExact(r.params)} params`}>
                  {formatCount(r.params)}
                </td>
                <td className="py-1 text-right font-mono">{percent(r.paramsShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
