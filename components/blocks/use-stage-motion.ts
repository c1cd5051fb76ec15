"use client";

import { easeLinear, select } from "d3";
// d3's package.json says "sideEffects": false, so bundlers drop the import that patches
// selection.prototype.transition; importing d3-transition itself (sideEffects: true) keeps it.
import "d3-transition";
import type { RefObject } from "react";
import { useEffect } from "react";
import type { Stage } from "@/lib/blocks/types";
import type { BlockLayout, Rect } from "@/lib/viz/block-layout";
import { durationMs } from "@/lib/viz/motion";
import { opColorVar } from "@/lib/viz/theme";

/**
 * The only d3 in the player: transient motion drawn into an overlay <g> that React renders empty —
 * pulses along the stage's arrows, a k×k filter sliding (depthwise), a 1×1 row sweeping (pointwise),
 * the produced tensor filling in. React draws every frame's final state, so reduced motion (all
 * durations 0) simply draws nothing here. Keyed on the step; interrupted and cleared on cleanup.
 */
export function useStageMotion(
  svgRef: RefObject<SVGSVGElement | null>,
  overlayRef: RefObject<SVGGElement | null>,
  layout: BlockLayout,
  stage: Stage | undefined,
  step: number,
  reducedMotion: boolean,
  speed: number,
): void {
  useEffect(() => {
    const svg = svgRef.current;
    const g = overlayRef.current;
    if (!svg || !g || !stage || reducedMotion || step === 0) return;
    // Both orientations are rendered; animate only the one on screen.
    if (svg.getBoundingClientRect().width === 0) return;
    const prefs = { reducedMotion, speed };
    const sweep = durationMs("sweep", prefs);
    const fill = durationMs("fill", prefs);
    const colour = stage.op ? opColorVar(stage.op) : "currentColor";
    const overlay = select(g);

    for (const e of layout.edges) {
      if (!stage.focus.includes(e.edge.id) || e.edge.style === "absent") continue;
      const path = svg.querySelector<SVGPathElement>(`path[data-edge="${e.edge.id}"]`);
      if (!path) continue;
      const length = path.getTotalLength();
      for (let k = 0; k < 3; k += 1) {
        overlay
          .append("circle")
          .attr("r", 4)
          .attr("opacity", 0)
          .style("fill", e.edge.op ? opColorVar(e.edge.op) : "currentColor")
          .transition()
          .delay((k * sweep) / 4)
          .duration(sweep)
          .ease(easeLinear)
          .attr("opacity", 1)
          .attrTween("transform", () => (t: number) => {
            const p = path.getPointAtLength(t * length);
            return `translate(${p.x},${p.y})`;
          })
          .remove();
      }
    }

    const source = layout.tensors.find((t) => t.node.id === stage.tensors[0]?.id);
    if (
      source &&
      (stage.motion === "slide" || stage.motion === "mix" || stage.motion === "squeeze")
    ) {
      drawSourceMotion(overlay, source.front, stage.motion, colour, sweep);
    }

    for (const t of layout.tensors) {
      if (t.node.stage !== step || !stage.focus.includes(t.node.id)) continue;
      overlay
        .append("rect")
        .attr("x", t.front.x)
        .attr("y", t.front.y)
        .attr("width", 0)
        .attr("height", t.front.h)
        .attr("opacity", 0.55)
        .style("fill", colour)
        .transition()
        .delay(sweep / 2)
        .duration(fill)
        .attr("width", t.front.w)
        .transition()
        .duration(fill / 2)
        .attr("opacity", 0)
        .remove();
    }

    return () => {
      overlay.selectAll("*").interrupt().remove();
    };
  }, [svgRef, overlayRef, layout, stage, step, reducedMotion, speed]);
}

type Overlay = ReturnType<typeof select<SVGGElement, unknown>>;

function drawSourceMotion(
  overlay: Overlay,
  f: Rect,
  motion: Stage["motion"],
  colour: string,
  sweep: number,
) {
  if (motion === "slide") {
    // A k×k window raster-scanning one channel's face: three rows, left to right.
    const size = Math.max(6, f.h * 0.28);
    const rows = 3;
    const span = Math.max(0, f.w - size);
    overlay
      .append("rect")
      .attr("width", size)
      .attr("height", size)
      .attr("fill", "none")
      .attr("stroke-width", 2)
      .style("stroke", colour)
      .transition()
      .duration(sweep)
      .ease(easeLinear)
      .attrTween("transform", () => (t: number) => {
        const row = Math.min(rows - 1, Math.floor(t * rows));
        const u = t * rows - row;
        const x = f.x + span * u;
        const y = f.y + ((f.h - size) * row) / (rows - 1);
        return `translate(${x},${y})`;
      })
      .remove();
  } else if (motion === "mix") {
    // A 1×1 filter sees every channel at one pixel: a full-width row sweeping down the face.
    overlay
      .append("rect")
      .attr("x", f.x)
      .attr("y", f.y)
      .attr("width", f.w)
      .attr("height", 3)
      .style("fill", colour)
      .transition()
      .duration(sweep)
      .ease(easeLinear)
      .attr("y", f.y + f.h - 3)
      .remove();
  } else {
    // Global pooling: the whole face collapses to a point.
    overlay
      .append("rect")
      .attr("x", f.x)
      .attr("y", f.y)
      .attr("width", f.w)
      .attr("height", f.h)
      .attr("opacity", 0.5)
      .style("fill", colour)
      .transition()
      .duration(sweep)
      .attr("x", f.x + f.w / 2)
      .attr("y", f.y + f.h / 2)
      .attr("width", 0)
      .attr("height", 0)
      .remove();
  }
}
