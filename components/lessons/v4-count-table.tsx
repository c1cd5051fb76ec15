import { MODEL_TITLES } from "@/lib/arch/models";
import { formatExact } from "@/lib/cost/format";
import { v4CountComparison } from "@/lib/cost/v4-counts";

const m = (n: number, digits = 2) => `${(n / 1e6).toFixed(digits)} M`;
const g = (macsM: number, digits = 2) => `${(macsM / 1000).toFixed(digits)} G`;

/** MobileNetV4 counted four ways (lib/cost/v4-counts.ts): paper Tab. 6, ours, timm, the TF backbone. */
export function V4CountTable() {
  const rows = v4CountComparison();
  const th = "pr-3 text-right font-medium";
  return (
    <div>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        Parameters and MACs of each V4 model at its paper resolution, as the paper prints them (Tab.
        6), as we count them (conv and FC weights and biases; then with BatchNorm γ and β), as timm
        prints them, and as the TF backbone&apos;s unit test counts them (no 1000-class classifier).
        Hover our numbers for the exact count.
      </p>
      <div className="overflow-x-auto">
        <table
          className="w-full text-left text-sm [&_td]:whitespace-nowrap"
          data-testid="v4-count-table"
        >
          <caption className="sr-only">MobileNetV4 parameters and MACs counted four ways</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className="py-1 pr-3 font-medium">
                Model
              </th>
              <th scope="col" className={th}>
                Paper params
              </th>
              <th scope="col" className={th}>
                Ours
              </th>
              <th scope="col" className={th}>
                Ours + BN
              </th>
              <th scope="col" className={th}>
                timm
              </th>
              <th scope="col" className={th}>
                TF backbone
              </th>
              <th scope="col" className={th}>
                Paper MACs
              </th>
              <th scope="col" className={th}>
                Ours
              </th>
              <th scope="col" className="text-right font-medium">
                timm
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
                <th scope="row" className="py-1 pr-3 font-normal whitespace-nowrap">
                  {MODEL_TITLES[r.model]} · {r.resolution} px
                </th>
                <td className="pr-3 text-right tabular-nums">{r.paperParamsM} M</td>
                <td className="pr-3 text-right tabular-nums" title={formatExact(r.ourParams)}>
                  {m(r.ourParams)}
                </td>
                <td className="pr-3 text-right tabular-nums" title={formatExact(r.ourParamsWithBn)}>
                  {m(r.ourParamsWithBn)}
                </td>
                <td className="pr-3 text-right tabular-nums">{r.timmParamsM.toFixed(2)} M</td>
                <td
                  className="pr-3 text-right tabular-nums"
                  title={formatExact(r.tfBackboneParams)}
                >
                  {m(r.tfBackboneParams)}
                </td>
                <td className="pr-3 text-right tabular-nums">{g(r.paperMacsM, 1)}</td>
                <td className="pr-3 text-right tabular-nums" title={formatExact(r.ourMacs)}>
                  {g(r.ourMacs / 1e6)}
                </td>
                <td className="text-right tabular-nums">{g(r.timmMacsM)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
