"use client";

import type { RefObject } from "react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Speed } from "@/lib/viz/motion";
import { durationMs, mayAutoPlay } from "@/lib/viz/motion";

export interface Playback {
  readonly step: number;
  readonly playing: boolean;
  readonly speed: Speed;
  /** True once the user has pressed a control (auto-play alone never scrolls the page). */
  readonly userDriven: boolean;
  readonly setStep: (step: number) => void;
  readonly setSpeed: (speed: Speed) => void;
  readonly toggle: () => void;
  readonly prev: () => void;
  readonly next: () => void;
}

/**
 * Stage index, play/pause and speed for `count` stages. Plays through once and stops on the last stage.
 * Auto-plays the first time `rootRef` scrolls into view, unless the user prefers reduced motion. The
 * only timer is one setTimeout per stage, cleared on every change and on unmount.
 */
export function usePlayback(
  count: number,
  reducedMotion: boolean,
  rootRef: RefObject<HTMLElement | null>,
  /** Stage to open at (a `?stage=` deep link); a player opened past the first stage does not auto-play. */
  initialStep = 0,
): Playback {
  const [rawStep, setRawStep] = useState(initialStep);
  const [playingWanted, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  const [userDriven, setUserDriven] = useState(false);
  const autoPlayed = useRef(initialStep > 0);
  const last = Math.max(0, count - 1);
  const step = Math.min(rawStep, last);
  const playing = playingWanted && step < last;

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(
      () => setRawStep((s) => Math.min(s + 1, last)),
      durationMs("stageDwell", { reducedMotion, speed }),
    );
    return () => clearTimeout(timer);
  }, [playing, step, speed, last, reducedMotion]);

  useEffect(() => {
    const el = rootRef.current;
    if (!el || autoPlayed.current || !mayAutoPlay({ reducedMotion })) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !autoPlayed.current) {
        autoPlayed.current = true;
        setPlaying(true);
        observer.disconnect();
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [reducedMotion, rootRef]);

  const setStep = useCallback(
    (s: number) => {
      autoPlayed.current = true;
      setUserDriven(true);
      setPlaying(false);
      setRawStep(Math.max(0, Math.min(s, last)));
    },
    [last],
  );
  const toggle = useCallback(() => {
    autoPlayed.current = true;
    setUserDriven(true);
    if (playing) {
      setPlaying(false);
      return;
    }
    if (step >= last) setRawStep(0);
    setPlaying(true);
  }, [playing, step, last]);

  return {
    step,
    playing,
    speed,
    userDriven,
    setStep,
    setSpeed,
    toggle,
    prev: () => setStep(step - 1),
    next: () => setStep(step + 1),
  };
}
