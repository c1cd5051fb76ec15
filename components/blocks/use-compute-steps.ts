"use client";

import { useEffect, useState } from "react";
import { durationMs } from "@/lib/viz/motion";

export interface ComputeSteps {
  readonly tick: number;
  /** True while the steps advance on their own. */
  readonly running: boolean;
  readonly prev: () => void;
  readonly next: () => void;
  readonly replay: () => void;
}

/**
 * The step index of the computation view. With motion allowed it runs through once by itself (one
 * setTimeout per step, cleared on every change and on unmount); under reduced motion it only moves
 * when the user steps, so the computation is shown as discrete frames.
 */
export function useComputeSteps(
  steps: number,
  reducedMotion: boolean,
  speed: number,
): ComputeSteps {
  const [tick, setTick] = useState(0);
  const [auto, setAuto] = useState(true);
  const stepMs = durationMs("computeStep", { reducedMotion, speed });
  const last = Math.max(0, steps - 1);
  const running = auto && stepMs > 0 && tick < last;

  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setTick((t) => Math.min(t + 1, last)), stepMs);
    return () => clearTimeout(timer);
  }, [running, tick, stepMs, last]);

  return {
    tick: Math.min(tick, last),
    running,
    prev: () => {
      setAuto(false);
      setTick((t) => Math.max(0, t - 1));
    },
    next: () => {
      setAuto(false);
      setTick((t) => Math.min(last, t + 1));
    },
    replay: () => {
      setTick(0);
      setAuto(true);
    },
  };
}
