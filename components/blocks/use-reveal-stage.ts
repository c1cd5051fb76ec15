"use client";

import type { RefObject } from "react";
import { useEffect } from "react";
import { revealDelta, unionBand } from "@/lib/viz/reveal";

/** Room kept for the site's sticky header above the diagram. */
const HEADER_ROOM_PX = 72;

/**
 * After the user moves to a stage, scrolls the page so that stage's highlighted tensors and arrows
 * are on screen above the sticky controls (a phone's vertical diagram is taller than the screen).
 * Smooth, or an instant jump under reduced motion. Never on auto-play alone, and never while the
 * player is entirely off screen. A diagram that scrolls sideways (a phone) is also scrolled so the
 * highlighted parts are inside its box.
 */
export function useRevealStage(
  rootRef: RefObject<HTMLElement | null>,
  controlsRef: RefObject<HTMLElement | null>,
  focus: readonly string[],
  step: number,
  enabled: boolean,
  reducedMotion: boolean,
): void {
  const key = focus.join(" ");
  useEffect(() => {
    const root = rootRef.current;
    if (!enabled || !root) return;
    // A reader who has scrolled the whole player away (to read on) is not pulled back by playback.
    const box = root.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= window.innerHeight) return;
    const svg = [...root.querySelectorAll<SVGSVGElement>("[data-testid=diagram-frame] svg")].find(
      (s) => s.getBoundingClientRect().width > 0,
    );
    if (!svg) return;
    const ids = key.split(" ").filter(Boolean);
    const bands = ids.flatMap((id) =>
      [...svg.querySelectorAll(`[data-node="${id}"], [data-edge-group="${id}"]`)].map((el) =>
        el.getBoundingClientRect(),
      ),
    );
    const target = unionBand(bands);
    if (!target) return;
    const controlsTop = controlsRef.current?.getBoundingClientRect().top ?? window.innerHeight;
    const delta = revealDelta(target, {
      top: HEADER_ROOM_PX,
      bottom: Math.min(window.innerHeight, controlsTop) - 8,
    });
    if (delta !== 0) window.scrollBy({ top: delta, behavior: reducedMotion ? "auto" : "smooth" });
  }, [rootRef, controlsRef, key, step, enabled, reducedMotion]);

  // A diagram wider than a phone scrolls sideways in its own box: bring the highlighted parts into
  // that box too (this moves only the diagram, never the page, so auto-play may do it as well).
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const svg = [...root.querySelectorAll<SVGSVGElement>("[data-testid=diagram-frame] svg")].find(
      (s) => s.getBoundingClientRect().width > 0,
    );
    const scroller = svg?.parentElement;
    if (!svg || !scroller || scroller.scrollWidth <= scroller.clientWidth + 1) return;
    const ids = key.split(" ").filter(Boolean);
    const spans = ids.flatMap((id) =>
      [...svg.querySelectorAll(`[data-node="${id}"], [data-edge-group="${id}"]`)].map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.left, bottom: r.right };
      }),
    );
    const target = unionBand(spans);
    if (!target) return;
    const box = scroller.getBoundingClientRect();
    const delta = revealDelta(target, { top: box.left + 8, bottom: box.right - 8 });
    if (delta !== 0)
      scroller.scrollBy({ left: delta, behavior: reducedMotion ? "auto" : "smooth" });
  }, [rootRef, key, step, reducedMotion]);
}
