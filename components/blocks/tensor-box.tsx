import type { OpKind } from "@/lib/arch/types";
import type { PositionedTensor } from "@/lib/viz/block-layout";
import { DIAGRAM_FONT_PX, ROLE_LINE_PX } from "@/lib/viz/block-layout";
import { opColorVar } from "@/lib/viz/theme";

/** A tensor as a cuboid (front face C × H, receding depth for W), tinted by the op that produced it. */
export function TensorBox({
  tensor,
  op,
  state,
}: {
  readonly tensor: PositionedTensor;
  readonly op: OpKind | null;
  readonly state: "future" | "past" | "focus";
}) {
  const { front: f, depth: d } = tensor;
  const colour = op ? opColorVar(op) : undefined;
  const tint = colour ? { fill: colour, stroke: colour } : undefined;
  const neutral = colour
    ? ""
    : "fill-slate-400 stroke-slate-500 dark:fill-slate-500 dark:stroke-slate-400";
  const top = `${f.x},${f.y} ${f.x + d},${f.y - d} ${f.x + f.w + d},${f.y - d} ${f.x + f.w},${f.y}`;
  const side = `${f.x + f.w},${f.y} ${f.x + f.w + d},${f.y - d} ${f.x + f.w + d},${f.y + f.h - d} ${f.x + f.w},${f.y + f.h}`;
  return (
    <g
      data-node={tensor.node.id}
      data-state={state}
      className="transition-opacity duration-500"
      opacity={state === "future" ? 0.14 : 1}
    >
      <polygon points={top} className={neutral} style={tint} fillOpacity={0.45} strokeWidth={1} />
      <polygon points={side} className={neutral} style={tint} fillOpacity={0.6} strokeWidth={1} />
      <rect
        x={f.x}
        y={f.y}
        width={f.w}
        height={f.h}
        className={neutral}
        style={tint}
        fillOpacity={0.28}
        strokeWidth={state === "focus" ? 2.5 : 1.2}
      />
      <text
        x={tensor.labelX}
        y={tensor.labelY}
        textAnchor="middle"
        fontSize={DIAGRAM_FONT_PX.shape}
        className="fill-slate-900 font-mono dark:fill-slate-100"
        fontWeight={state === "focus" ? 700 : 400}
      >
        {tensor.label}
      </text>
      <text
        x={tensor.labelX}
        y={tensor.labelY + ROLE_LINE_PX}
        textAnchor="middle"
        fontSize={DIAGRAM_FONT_PX.role}
        className="fill-slate-600 dark:fill-slate-400"
      >
        {tensor.node.role}
      </text>
    </g>
  );
}
