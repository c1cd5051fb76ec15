import { ACTIVATIONS, layoutActivationPlot } from "@/lib/viz/activation-curves";
import type { ActivationName } from "@/lib/viz/activation-curves";
import { AxisTicks } from "./chart-frame";
import { DataTable, type Column } from "@/components/ui/data-table";

const W = 360;
const H = 220;
/** Each curve differs by dash pattern as well as colour, so the plot reads without colour. */
const STYLES: Readonly<
  Record<ActivationName, { className: string; dash?: string; width: number }>
> = {
  relu6: { className: "stroke-slate-500 dark:stroke-slate-400", dash: "2 3", width: 2 },
  swish: { className: "stroke-sky-700 dark:stroke-sky-300", width: 2.5 },
  hswish: { className: "stroke-orange-700 dark:stroke-orange-300", dash: "7 4", width: 2.5 },
};
const ORDER: readonly ActivationName[] = ["relu6", "swish", "hswish"];
const TABLE_X = [-4, -3, -2, -1, 0, 1, 2, 3, 4, 6];
/** The text equivalent of the plot: x, then each curve's value at x. */
const CURVE_COLUMNS: readonly Column<number>[] = [
  { id: "x", header: "x", rowHeader: true, mono: true, cell: (x) => x },
  ...ORDER.map((n): Column<number> => ({
    id: n,
    header: ACTIVATIONS[n].label,
    numeric: true,
    mono: true,
    cell: (x) => (ACTIVATIONS[n].fn(x) + 0).toFixed(3),
  })),
];

/** ReLU6, swish and h-swish on one plot (MobileNetV3 §5.2), with the values as a table. */
export function ActivationPlot() {
  const chart = layoutActivationPlot(W, H);
  return (
    <div data-testid="activation-plot">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="w-full max-w-lg"
        role="img"
        aria-label="ReLU6, swish and h-swish for x from −6 to 6. Values are in the table below."
      >
        <AxisTicks axes={chart} labelClassName="fill-slate-500 text-[10px] dark:fill-slate-400" />
        <line
          x1={chart.origin.x}
          x2={chart.origin.x}
          y1={chart.plot.top}
          y2={chart.plot.bottom}
          className="stroke-slate-300 dark:stroke-slate-700"
        />
        {ORDER.map((name) => (
          <path
            key={name}
            d={chart.paths[name]}
            fill="none"
            strokeWidth={STYLES[name].width}
            strokeDasharray={STYLES[name].dash}
            className={STYLES[name].className}
          />
        ))}
      </svg>
      <ul className="mt-2 flex flex-wrap gap-4 text-sm">
        {ORDER.map((name) => (
          <li key={name} className="flex items-center gap-2">
            <svg width="28" height="8" aria-hidden="true">
              <line
                x1="0"
                x2="28"
                y1="4"
                y2="4"
                strokeWidth={STYLES[name].width}
                strokeDasharray={STYLES[name].dash}
                className={STYLES[name].className}
              />
            </svg>
            {ACTIVATIONS[name].label}
          </li>
        ))}
      </ul>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">The curves as a table</summary>
        <DataTable
          fullWidth={false}
          look="compact"
          columns={CURVE_COLUMNS}
          rows={TABLE_X}
          rowKey={String}
          scrollClassName="mt-2"
        />
      </details>
    </div>
  );
}
