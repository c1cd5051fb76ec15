import { alphaSquaredGap } from "@/lib/cost/alpha-squared-gap";
import { formatExact } from "@/lib/cost/format";
import { OP_STYLES } from "@/lib/viz/theme";

const millions = (n: number) => `${(n / 1e6).toFixed(2)} M`;

/**
 * Where 0.5 MobileNet-224's multiply-adds exceed a quarter of the 1.0 network's, by op kind, from the
 * cost engine (lib/cost/alpha-squared-gap.ts).
 */
export function AlphaSquaredGap() {
  const gap = alphaSquaredGap("v1", 0.5);
  return (
    <div>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        MobileNetV1 at 224 px, multiply-adds by kind of layer: α = 1, α = 0.5, what α² = ¼ would
        predict, and the difference. Our cost engine; hover a number for the exact count.
      </p>
      <div className="overflow-x-auto">
        <table
          className="w-full text-left text-sm [&_td]:whitespace-nowrap"
          data-testid="alpha-gap"
        >
          <caption className="sr-only">
            MobileNetV1 multiply-adds by kind of layer at α = 1 and α = 0.5
          </caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="col" className="py-1 pr-3 font-medium">
                Layers
              </th>
              <th scope="col" className="pr-3 text-right font-medium">
                α = 1
              </th>
              <th scope="col" className="pr-3 text-right font-medium">
                α = 0.5
              </th>
              <th scope="col" className="pr-3 text-right font-medium">
                ¼ of α = 1
              </th>
              <th scope="col" className="text-right font-medium">
                Above ¼
              </th>
            </tr>
          </thead>
          <tbody>
            {[...gap.rows, { op: "total" as const, ...gap }].map((r) => (
              <tr
                key={r.op}
                data-op={r.op}
                className={`border-b border-slate-100 dark:border-slate-900 ${r.op === "total" ? "font-semibold" : ""}`}
              >
                <th scope="row" className="py-1 pr-3 font-normal">
                  {r.op === "total" ? "Whole network" : OP_STYLES[r.op].label}
                </th>
                <td className="pr-3 text-right tabular-nums" title={formatExact(r.fullMacs)}>
                  {millions(r.fullMacs)}
                </td>
                <td className="pr-3 text-right tabular-nums" title={formatExact(r.macs)}>
                  {millions(r.macs)}
                </td>
                <td className="pr-3 text-right tabular-nums" title={formatExact(r.predictedMacs)}>
                  {millions(r.predictedMacs)}
                </td>
                <td
                  className="text-right tabular-nums"
                  title={formatExact(r.extraMacs)}
                  data-testid={`alpha-gap-extra-${r.op}`}
                >
                  {r.extraMacs === 0 ? "0" : `+${millions(r.extraMacs)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
