import { resolveNetwork } from "@/lib/cost/resolve-network";
import type { RooflineAxes } from "@/lib/viz/roofline";
import {
  arithmeticIntensity,
  attainableShare,
  RIDGE_POINTS,
  roofPath,
  rooflinePlot,
  rooflinePoint,
} from "@/lib/viz/roofline";
import { AxisTicks, AxisTitles, VerticalRule } from "@/components/charts/chart-frame";

const AXES: RooflineAxes = {
  width: 640,
  height: 320,
  margin: { top: 32, right: 16, bottom: 48, left: 64 },
  x: [1, 1000],
  y: [0.005, 1],
};
const X_TICKS = [1, 10, 100, 1000];
const Y_TICKS = [0.01, 0.1, 1];
/** The slowest-ridge CPU and the fastest-ridge accelerator of Table 16: the two ends of the story. */
const CHIPS = [RIDGE_POINTS[0], RIDGE_POINTS[3]];
const ROOF_CLASS = [
  "stroke-slate-800 dark:stroke-slate-200",
  "stroke-[var(--color-accent)] dark:stroke-[var(--color-accent-dark)]",
];
const DOT_CLASS = [
  "fill-slate-800 dark:fill-slate-200",
  "fill-[var(--color-accent)] dark:fill-[var(--color-accent-dark)]",
];
const TEXT = "fill-slate-600 text-[12px] dark:fill-slate-400";

/**
 * The roofline, drawn: two chips' roofs from V4 Table 16 and two real MobileNetV1 layers (block 7's
 * depthwise and pointwise halves, intensities from our cost engine at 1 byte per value). A static
 * explanatory chart; the same numbers are in the text alternative below it.
 */
export function RooflineChart() {
  const block = resolveNetwork("v1").blocks.find((b) => b.name === "block7");
  const layers = (block?.layers ?? []).map((l) => ({
    name: l.op === "depthwise" ? "3×3 depthwise" : "1×1 pointwise",
    intensity: arithmeticIntensity(l),
  }));
  const at = (i: number, s: number) => rooflinePoint(AXES, i, s);
  const plot = rooflinePlot(AXES);
  const f = (n: number) => (n >= 10 ? n.toFixed(0) : n.toFixed(1));
  return (
    <div data-testid="roofline-chart">
      {/* Never drawn below 11 px text: on a phone the chart scrolls sideways instead. */}
      <div
        className="overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label="Roofline chart (scrolls sideways on a narrow screen)"
      >
        <svg
          viewBox={`0 0 ${AXES.width} ${AXES.height}`}
          className="h-auto w-full max-w-3xl min-w-[600px]"
          role="img"
          aria-label="Roofline: share of peak speed against multiply-adds per byte, for two chips and two MobileNetV1 layers"
        >
          <AxisTicks
            axes={{
              plot,
              xTicks: X_TICKS.map((t) => ({ value: t, x: at(t, AXES.y[0]).x })),
              yTicks: Y_TICKS.map((t) => ({ value: t, y: at(AXES.x[0], t).y })),
            }}
            formatY={(t) => `${t * 100} %`}
            labelClassName={TEXT}
            xGrid
            xLabelOffset={18}
            yLabelGap={8}
          />
          <AxisTitles
            plot={plot}
            height={AXES.height}
            bottomGap={6}
            yTitleX={14}
            className={TEXT}
            x="Multiply-adds per byte moved (log scale)"
            y="Share of peak speed"
          />
          {layers.map((l) => {
            const { x } = at(l.intensity, AXES.y[0]);
            return (
              <g key={l.name}>
                <VerticalRule
                  plot={plot}
                  x={x}
                  dash="4 4"
                  className="stroke-slate-400 dark:stroke-slate-500"
                />
                <text
                  x={x + 6}
                  y={plot.bottom - 8}
                  className="fill-slate-700 text-[12px] font-semibold dark:fill-slate-300"
                >
                  {l.name} ({f(l.intensity)})
                </text>
              </g>
            );
          })}
          {CHIPS.map((c, i) => {
            const ridge = at(c.ridge, 1);
            return (
              <g key={c.chip}>
                <path
                  d={roofPath(AXES, c.ridge)}
                  fill="none"
                  strokeWidth={2.5}
                  className={ROOF_CLASS[i]}
                />
                <text
                  x={ridge.x - 6}
                  y={AXES.margin.top - 10}
                  textAnchor="end"
                  className={`${DOT_CLASS[i]} text-[12px]`}
                >
                  {c.chip}, ridge {c.ridge}
                </text>
                {layers.map((l) => {
                  const p = at(l.intensity, attainableShare(l.intensity, c.ridge));
                  return <circle key={l.name} cx={p.x} cy={p.y} r={5} className={DOT_CLASS[i]} />;
                })}
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="mt-2 space-y-1 text-sm text-slate-700 dark:text-slate-300">
        {layers.map((l) => (
          <li key={l.name}>
            MobileNetV1 block 7, {l.name}: {f(l.intensity)} multiply-adds per byte, so at most{" "}
            {CHIPS.map(
              (c) =>
                `${Math.round(100 * attainableShare(l.intensity, c.ridge))} % of the ${c.chip}'s peak`,
            ).join(" and ")}
            .
          </li>
        ))}
      </ul>
    </div>
  );
}
