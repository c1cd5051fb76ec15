import Link from "next/link";
import { PUBLISHED_POINTS, PUBLISHED_SOURCES } from "@/lib/arch/published";
import { formatExact } from "@/lib/cost/format";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { explorerHref } from "@/lib/explorer/explorer-state";

const ROWS = PUBLISHED_POINTS.filter(
  (p) => p.source === PUBLISHED_SOURCES.v1Table6 || p.source === PUBLISHED_SOURCES.v1Table7,
);

/** V1 Tables 6–7 as printed, beside our exact count, each row linking to its explorer view. */
export function PaperTable() {
  return (
    <div className="overflow-x-auto">
      <table
        className="w-full text-left text-sm [&_td]:whitespace-nowrap"
        data-testid="v1-paper-table"
      >
        <caption className="mb-2 text-left text-sm text-slate-600 dark:text-slate-400">
          MobileNetV1 paper, Tables 6 (width) and 7 (resolution), with our exact count.
        </caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th scope="col" className="py-1 pr-3 font-medium">
              Model
            </th>
            <th scope="col" className="pr-3 text-right font-medium">
              Top-1
            </th>
            <th scope="col" className="pr-3 text-right font-medium">
              Paper MACs
            </th>
            <th scope="col" className="pr-3 text-right font-medium">
              Our MACs
            </th>
            <th scope="col" className="text-right font-medium">
              Paper params
            </th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((p) => {
            const ours = resolveNetwork("v1", { alpha: p.alpha, resolution: p.resolution }).totals
              .macs;
            const href = explorerHref("v1", { alpha: p.alpha, resolution: p.resolution });
            return (
              <tr
                key={`${p.alpha}-${p.resolution}`}
                data-row={`${p.alpha}-${p.resolution}`}
                className="border-b border-slate-100 dark:border-slate-900"
              >
                <th scope="row" className="py-1 pr-3 font-normal">
                  {p.alpha.toFixed(2).replace(/0$/, "")} MobileNet-{p.resolution}
                </th>
                <td className="pr-3 text-right tabular-nums">{p.top1} %</td>
                <td className="pr-3 text-right tabular-nums">
                  <Link
                    href={href}
                    className="underline decoration-dotted underline-offset-2"
                    title="Open in the explorer"
                  >
                    {p.macsM} M
                  </Link>
                </td>
                <td className="pr-3 text-right font-mono text-xs tabular-nums">
                  {formatExact(ours)}
                </td>
                <td className="text-right tabular-nums">{p.paramsM} M</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
