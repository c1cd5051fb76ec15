import type { PointwisePlan } from "@/lib/blocks/computation-steps";
import { opColorVar } from "@/lib/viz/theme";

const LABEL_PX = 12;

/** The input channels at one pixel, each times its weight, flowing into one sum: one output value. */
export function PointwiseSum({
  plan,
  tick,
}: {
  readonly plan: PointwisePlan;
  readonly tick: number;
}) {
  const row = 22;
  const top = 20;
  const cellX = 76;
  const sum = { x: 200, y: top + (plan.shown * row) / 2 };
  // Drawn at its own size, never scaled (its 12 px text must stay 12 px): fits a 288 px column.
  const width = 284;
  const height = top + plan.shown * row + 4;
  const colour = opColorVar("pointwise");
  const rest = plan.inChannels > plan.shown;
  const name = (i: number) =>
    rest && i === plan.shown - 1 ? `ch ${i + 1}–${plan.inChannels}` : `ch ${i + 1}`;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`One pixel's ${plan.inChannels} channels, each times its weight, summed into one output value; ${tick + 1} of ${plan.steps} steps`}
      data-testid="pw-sum"
      data-tick={tick}
      className="overflow-visible"
    >
      <text x={0} y={LABEL_PX} fontSize={LABEL_PX} className="fill-slate-600 dark:fill-slate-400">
        one pixel, all channels
      </text>
      {Array.from({ length: plan.shown }, (_, i) => {
        const y = top + i * row;
        const done = i <= tick;
        return (
          <g key={i} opacity={done ? 1 : 0.45}>
            <text
              x={cellX - 6}
              y={y + 15}
              textAnchor="end"
              fontSize={LABEL_PX}
              className="fill-slate-700 font-mono dark:fill-slate-300"
            >
              {name(i)}
            </text>
            <rect
              x={cellX}
              y={y + 2}
              width={18}
              height={row - 4}
              style={done ? { fill: colour } : undefined}
              fillOpacity={done ? 0.55 : 1}
              strokeWidth={i === tick ? 2.5 : 1}
              className={
                done
                  ? "stroke-slate-500"
                  : "fill-slate-100 stroke-slate-300 dark:fill-slate-800 dark:stroke-slate-600"
              }
            />
            <text
              x={cellX + 24}
              y={y + 15}
              fontSize={LABEL_PX}
              className="fill-slate-600 font-mono dark:fill-slate-400"
            >
              {rest && i === plan.shown - 1 ? "× w…" : `× w${i + 1}`}
            </text>
            <line
              x1={cellX + 62}
              y1={y + row / 2}
              x2={sum.x - 14}
              y2={sum.y}
              strokeWidth={done ? 1.6 : 1}
              style={done ? { stroke: colour } : undefined}
              className={done ? undefined : "stroke-slate-300 dark:stroke-slate-600"}
            />
          </g>
        );
      })}
      <circle
        cx={sum.x}
        cy={sum.y}
        r={14}
        strokeWidth={2}
        style={{ stroke: colour }}
        className="fill-white dark:fill-[#0f1419]"
      />
      <text
        x={sum.x}
        y={sum.y + 5}
        textAnchor="middle"
        fontSize={15}
        className="fill-slate-900 dark:fill-slate-100"
      >
        Σ
      </text>
      <line
        x1={sum.x + 14}
        y1={sum.y}
        x2={sum.x + 26}
        y2={sum.y}
        strokeWidth={1.6}
        style={{ stroke: colour }}
      />
      <rect
        x={sum.x + 26}
        y={sum.y - 10}
        width={20}
        height={20}
        style={{ fill: colour, stroke: colour }}
        fillOpacity={tick === plan.steps - 1 ? 0.7 : 0.15}
        strokeWidth={2}
      />
      <text
        x={sum.x + 36}
        y={sum.y + 26}
        textAnchor="middle"
        fontSize={LABEL_PX}
        className="fill-slate-700 dark:fill-slate-300"
      >
        1 value
      </text>
    </svg>
  );
}
