import { ACTIVATIONS, layoutActivationPlot } from "@/lib/viz/activation-curves";
import type { ActivationName } from "@/lib/viz/activation-curves";
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
  const plot = layoutActivationPlot(W, H);
  return (
    <div data-testid="activation-plot">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="w-full max-w-lg"
        role="img"
        aria-label="ReLU6, swish and h-swish for x from −6 to 6. Values are in the table below."
      >
        {plot.yTicks.map((t) => (
          <g key={`y${t.value}`}>
            <line
              x1={28}
              x2={W - 8}
              y1={t.y}
              y2={t.y}
              className="stroke-slate-200 dark:stroke-slate-800"
            />
            <text
              x={22}
              y={t.y}
              dy="0.32em"
              textAnchor="end"
              className="fill-slate-500 text-[10px] dark:fill-slate-400"
            >
              {t.value}
            </text>
          </g>
        ))}
        {plot.xTicks.map((t) => (
          <text
            key={`x${t.value}`}
            x={t.x}
            y={H - 12}
            textAnchor="middle"
            className="fill-slate-500 text-[10px] dark:fill-slate-400"
          >
            {t.value}
          </text>
        ))}
        <line
          x1={plot.origin.x}
          x2={plot.origin.x}
          y1={8}
          y2={H - 28}
          className="stroke-slate-300 dark:stroke-slate-700"
        />
        {ORDER.map((name) => (
          <path
            key={name}
            d={plot.paths[name]}
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
