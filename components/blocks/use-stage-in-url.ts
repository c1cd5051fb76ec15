"use client";

import type { RefObject } from "react";
import { useEffect } from "react";
import { useUrlState } from "@/components/hooks/use-url-state";
import { intParam } from "@/lib/lessons/lesson-url-state";
import type { Playback } from "./use-playback";

/**
 * The player's stage in the query parameter `param` (1-based), when given: a linked stage opens
 * there, with the player scrolled into view and no autoplay; every stage the user moves to is
 * written back, so the address bar always links to what is on screen.
 */
export function useStageInUrl(
  param: string | undefined,
  count: number,
  playback: Playback,
  rootRef: RefObject<HTMLElement | null>,
): void {
  const writeUrl = useUrlState((params) => {
    const linked = param ? intParam(params.get(param), 1, count) : null;
    if (linked === null) return;
    playback.setStep(linked - 1);
    rootRef.current?.scrollIntoView({ block: "start" });
  });
  const { step, userDriven } = playback;
  useEffect(() => {
    if (param && userDriven) writeUrl({ [param]: String(step + 1) });
  }, [param, userDriven, step, writeUrl]);
}
