"use client";

import { useId, useRef } from "react";
import type { OpKind } from "@/lib/arch/types";
import type { BlockDiagram as Diagram, Stage } from "@/lib/blocks/types";
import type { BlockLayout } from "@/lib/viz/block-layout";
import { DIAGRAM_FONT_PX } from "@/lib/viz/block-layout";
import { OpEdge } from "./op-edge";
import { TensorBox } from "./tensor-box";
import { useStageMotion } from "./use-stage-motion";

type ElementState = "future" | "past" | "focus";

function stateOf(
  id: string,
  firstStage: number,
  step: number,
  stage: Stage | undefined,
): ElementState {
  if (firstStage > step) return "future";
  return stage?.focus.includes(id) ? "focus" : "past";
}

/** The static frame of one stage (React), with d3 motion layered on top. */
export function BlockDiagramSvg({
  diagram,
  layout,
  stages,
  step,
  reducedMotion,
  speed,
  title,
  maxScale,
  minWidth,
  className,
}: {
  readonly diagram: Diagram;
  readonly layout: BlockLayout;
  readonly stages: readonly Stage[];
  readonly step: number;
  readonly reducedMotion: boolean;
  readonly speed: number;
  readonly title: string;
  /** Largest on-screen size as a multiple of the layout's own pixels. */
  readonly maxScale: number;
  /** Narrowest on-screen width in px (keeps text readable; the frame scrolls instead). */
  readonly minWidth: number;
  readonly className?: string;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const overlayRef = useRef<SVGGElement>(null);
  const markerId = useId().replace(/:/g, "");
  const titleId = `${markerId}-title`;
  const stage = stages[step];
  useStageMotion(svgRef, overlayRef, layout, stage, step, reducedMotion, speed);
  // A tensor's tint is the op of the arrow that produces it.
  const producer = new Map<string, OpKind | null>();
  for (const e of diagram.edges)
    if (e.style === "flow" && !producer.has(e.to)) producer.set(e.to, e.op);

  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={titleId}
      className={className}
      style={{ maxWidth: `${layout.width * maxScale}px`, minWidth: `${minWidth}px` }}
    >
      <title id={titleId}>{title}</title>
      <defs>
        <marker
          id={markerId}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth="9"
          markerHeight="9"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="context-stroke" />
        </marker>
      </defs>
      {layout.edges.map((e) => (
        <OpEdge
          key={e.edge.id}
          edge={e}
          markerId={markerId}
          state={stateOf(e.edge.id, e.edge.stage, step, stage)}
        />
      ))}
      {layout.ghosts.map((g) => (
        <g key={g.node.id} data-node={g.node.id}>
          <rect
            x={g.rect.x}
            y={g.rect.y}
            width={g.rect.w}
            height={g.rect.h}
            rx={6}
            className="fill-white stroke-slate-400 dark:fill-[#0f1419] dark:stroke-slate-500"
            strokeDasharray="4 3"
          />
          <text
            x={g.rect.x + g.rect.w / 2}
            y={g.rect.y + 18}
            textAnchor="middle"
            fontSize={DIAGRAM_FONT_PX.ghost}
            className="fill-slate-600 italic dark:fill-slate-400"
          >
            {g.node.label}
          </text>
        </g>
      ))}
      {layout.tensors.map((t) => (
        <TensorBox
          key={t.node.id}
          tensor={t}
          op={producer.get(t.node.id) ?? null}
          state={stateOf(t.node.id, t.node.stage, step, stage)}
        />
      ))}
      <g ref={overlayRef} aria-hidden="true" />
    </svg>
  );
}
