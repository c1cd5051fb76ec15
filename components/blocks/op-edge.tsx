import type { PositionedEdge } from "@/lib/viz/block-layout";
import { DIAGRAM_FONT_PX } from "@/lib/viz/block-layout";
import { opColorVar } from "@/lib/viz/theme";

/** An op drawn as an arrow with a chip naming it; residual arcs are grey, an absent residual dashed. */
export function OpEdge({
  edge: e,
  state,
  markerId,
}: {
  readonly edge: PositionedEdge;
  readonly state: "future" | "past" | "focus";
  readonly markerId: string;
}) {
  const { edge } = e;
  const colour = edge.op ? opColorVar(edge.op) : undefined;
  const neutral = colour ? "" : "stroke-slate-500 dark:stroke-slate-400";
  const dashed = edge.style === "absent";
  const opacity = state === "future" ? 0.14 : state === "past" ? 0.7 : 1;
  return (
    <g
      data-edge-group={edge.id}
      data-state={state}
      opacity={opacity}
      className="transition-opacity duration-500"
    >
      <path
        data-edge={edge.id}
        d={e.d}
        fill="none"
        className={neutral}
        style={colour ? { stroke: colour } : undefined}
        strokeWidth={state === "focus" ? 3 : 2}
        strokeDasharray={dashed ? "5 4" : undefined}
        markerEnd={dashed ? undefined : `url(#${markerId})`}
      />
      {edge.label && e.chip.w > 0 && (
        <g transform={`translate(${e.mid.x - e.chip.w / 2},${e.mid.y - e.chip.h / 2})`}>
          <rect
            width={e.chip.w}
            height={e.chip.h}
            rx={6}
            className={`fill-white dark:fill-[#0f1419] ${neutral}`}
            style={colour ? { stroke: colour } : undefined}
            strokeWidth={state === "focus" ? 2 : 1.2}
            strokeDasharray={dashed ? "4 3" : undefined}
          />
          <text
            x={e.chip.w / 2}
            y={14.5}
            textAnchor="middle"
            fontSize={DIAGRAM_FONT_PX.chip}
            className="fill-slate-900 font-semibold dark:fill-slate-100"
          >
            {edge.label}
          </text>
          {edge.sublabel && (
            <text
              x={e.chip.w / 2}
              y={29}
              textAnchor="middle"
              fontSize={DIAGRAM_FONT_PX.sublabel}
              className="fill-slate-600 dark:fill-slate-400"
            >
              {edge.sublabel}
            </text>
          )}
        </g>
      )}
    </g>
  );
}
