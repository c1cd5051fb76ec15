"use client";

import type { RefObject } from "react";
import { useLayoutEffect, useState } from "react";

/**
 * The rendered width of a container, so SVG text stays at its real size on phones instead of being
 * scaled down by a viewBox. Server render uses `fallback`; the first client layout corrects it.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setWidth(Math.max(200, Math.round(el.clientWidth)));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
