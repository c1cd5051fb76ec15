"use client";

import type { RefObject } from "react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Speed } from "@/lib/viz/motion";
import { mostlyVisible, VISIBILITY_THRESHOLDS } from "@/lib/viz/autoplay-visibility";
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
 * Auto-plays from the first stage whenever most of the player's diagram scrolls into view, and stops
 * when it leaves, until the user presses a control; never under reduced motion. The only timer is
 * one setTimeout per stage, cleared on every change and on unmount.
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
  // Once the user presses a control (or a deep link opened a later stage), playback is theirs:
  // visibility no longer starts or stops it.
  const userTookOver = useRef(initialStep > 0);
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
    const root = rootRef.current;
    if (!root || !mayAutoPlay({ reducedMotion })) return;
    // Watch the diagram, not the whole player: its caption and counter below do not show the motion.
    const target = root.querySelector("[data-testid=diagram-frame]") ?? root;
    let away = true;
    const observer = new IntersectionObserver(
      (entries) => {
        const e = entries[entries.length - 1];
        if (!e || userTookOver.current) return;
        const viewport = e.rootBounds?.height ?? window.innerHeight;
        if (
          away &&
          mostlyVisible(e.intersectionRect.height, e.boundingClientRect.height, viewport)
        ) {
          // Into view (again): play from the first stage, so the reader sees it from the start.
          away = false;
          setRawStep(0);
          setPlaying(true);
        } else if (!away && !e.isIntersecting) {
          // Scrolled away: stop, rather than play on unseen.
          away = true;
          setPlaying(false);
        }
      },
      { threshold: [...VISIBILITY_THRESHOLDS] },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [reducedMotion, rootRef]);

  const setStep = useCallback(
    (s: number) => {
      userTookOver.current = true;
      setUserDriven(true);
      setPlaying(false);
      setRawStep(Math.max(0, Math.min(s, last)));
    },
    [last],
  );
  const toggle = useCallback(() => {
    userTookOver.current = true;
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
