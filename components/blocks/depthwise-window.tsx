import type { DepthwisePlan } from "@/lib/blocks/computation-steps";
import { windowAt } from "@/lib/blocks/computation-steps";
import { opColorVar } from "@/lib/viz/theme";

const LABEL_PX = 12;

/** One channel of the input patch with the k×k window on it, and the output cells filled so far. */
export function DepthwiseWindow({
  plan,
  tick,
  smooth,
}: {
  readonly plan: DepthwisePlan;
  readonly tick: number;
  readonly smooth: boolean;
}) {
  // Drawn at its own size, never scaled (its 12 px text must stay 12 px): at most 286 px wide.
  const cell = Math.min(16, Math.floor(168 / plan.patch));
  const out = 18;
  const inSide = plan.patch * cell;
  const gap = 44;
  const top = 20;
  const outX = inSide + gap;
  const outY = top + (inSide - plan.outSide * out) / 2;
  const width = outX + plan.outSide * out + 2;
  const height = top + inSide + 4;
  const w = windowAt(plan, tick);
  const colour = opColorVar("depthwise");
  const winX = w.left * cell;
  const winY = top + w.top * cell;
  const winSize = plan.kernel * cell;
  const cur = { x: outX + w.col * out, y: outY + w.row * out };
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`A ${plan.kernel}×${plan.kernel} window on one input channel at row ${w.row + 1}, column ${w.col + 1}, making output cell ${tick + 1} of ${plan.steps}`}
      data-testid="dw-window"
      data-row={w.row}
      data-col={w.col}
      className="overflow-visible"
    >
      <text x={0} y={LABEL_PX} fontSize={LABEL_PX} className="fill-slate-600 dark:fill-slate-400">
        one input channel
      </text>
      <text
        x={outX}
        y={LABEL_PX}
        fontSize={LABEL_PX}
        className="fill-slate-600 dark:fill-slate-400"
      >
        output
      </text>
      {Array.from({ length: plan.patch * plan.patch }, (_, i) => (
        <rect
          key={i}
          x={(i % plan.patch) * cell}
          y={top + Math.floor(i / plan.patch) * cell}
          width={cell}
          height={cell}
          className="fill-slate-100 stroke-slate-300 dark:fill-slate-800 dark:stroke-slate-600"
        />
      ))}
      {Array.from({ length: plan.steps }, (_, i) => (
        <rect
          key={i}
          x={outX + (i % plan.outSide) * out}
          y={outY + Math.floor(i / plan.outSide) * out}
          width={out}
          height={out}
          style={i <= tick ? { fill: colour } : undefined}
          fillOpacity={i <= tick ? 0.55 : 1}
          className={
            i <= tick
              ? "stroke-slate-400 dark:stroke-slate-500"
              : "fill-slate-100 stroke-slate-300 dark:fill-slate-800 dark:stroke-slate-600"
          }
        />
      ))}
      <line
        x1={winX + winSize}
        y1={winY + winSize / 2}
        x2={cur.x}
        y2={cur.y + out / 2}
        strokeWidth={1.5}
        strokeDasharray="3 3"
        style={{ stroke: colour }}
      />
      <rect
        x={0}
        y={0}
        width={winSize}
        height={winSize}
        strokeWidth={2.5}
        style={{
          stroke: colour,
          fill: colour,
          fillOpacity: 0.22,
          transform: `translate(${winX}px, ${winY}px)`,
          transition: smooth ? "transform 140ms linear" : undefined,
        }}
      />
      <rect
        x={cur.x}
        y={cur.y}
        width={out}
        height={out}
        fill="none"
        strokeWidth={2.5}
        style={{ stroke: colour }}
      />
    </svg>
  );
}
