"use client";

import type { ComponentProps } from "react";
import { useId } from "react";
import type { BlockLayout } from "@/lib/viz/block-layout";
import { minDisplayWidth } from "@/lib/viz/block-layout";
import { BlockDiagramSvg } from "./block-diagram";

/** The player's inner width on a 390 px phone. */
const PHONE_PLAYER_PX = 330;

type Common = Omit<
  ComponentProps<typeof BlockDiagramSvg>,
  "layout" | "maxScale" | "minWidth" | "className"
>;

/**
 * Both orientations of a diagram, one shown by a container query at the width where the horizontal
 * one fits with its text at full size (CSS, so the server render is already right). Neither is ever
 * scaled below the smallest readable text: a vertical layout wider than a phone scrolls sideways.
 */
export function DiagramFrame({
  horizontal,
  vertical,
  common,
}: {
  readonly horizontal: BlockLayout;
  readonly vertical: BlockLayout;
  readonly common: Common;
}) {
  const id = `diagram-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const breakAt = minDisplayWidth(horizontal);
  const css = `#${id} .dg-h{display:none}@container (min-width:${breakAt}px){#${id} .dg-h{display:block}#${id} .dg-v{display:none}}`;
  return (
    <div id={id} data-testid="diagram-frame" className="min-w-0">
      <style>{css}</style>
      <div className="dg-h">
        <BlockDiagramSvg
          {...common}
          layout={horizontal}
          maxScale={1.15}
          minWidth={breakAt}
          className="mx-auto block h-auto w-full"
        />
      </div>
      <div className="dg-v">
        {minDisplayWidth(vertical) > PHONE_PLAYER_PX && (
          <p className="mb-1 text-xs text-slate-500 dark:text-slate-400">
            Wider than a phone at a readable size: swipe the diagram sideways.
          </p>
        )}
        <div className="overflow-x-auto">
          <BlockDiagramSvg
            {...common}
            layout={vertical}
            maxScale={1}
            minWidth={minDisplayWidth(vertical)}
            className="mx-auto block h-auto w-full"
          />
        </div>
      </div>
    </div>
  );
}
