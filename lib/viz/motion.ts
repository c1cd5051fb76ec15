/**
 * Every duration of the animated blocks, in one place. Motion is a parameter: under
 * `prefers-reduced-motion` every transition is 0 ms (discrete frames) and nothing auto-plays.
 */

/** Playback speeds offered to the user (multipliers of the base durations). */
export const SPEEDS = [0.5, 1, 2] as const;
export type Speed = (typeof SPEEDS)[number];

/** Base durations at speed 1. */
export const MOTION_MS = {
  /** How long playback stays on a stage before moving on; long enough to read a one-sentence caption. */
  stageDwell: 3200,
  /** A filter sweeping across a tensor, a pulse running along an arrow. */
  sweep: 1600,
  /** A newly produced tensor filling in. */
  fill: 900,
  /** One step of the computation view: a depthwise window moving on, or one more channel summed. */
  computeStep: 180,
} as const;

export type MotionName = keyof typeof MOTION_MS;

export interface MotionPrefs {
  readonly reducedMotion: boolean;
  readonly speed: number;
}

/** Transition length in ms: 0 under reduced motion, otherwise the base scaled by 1/speed. */
export function durationMs(name: MotionName, prefs: MotionPrefs): number {
  if (prefs.reducedMotion && name !== "stageDwell") return 0;
  return Math.round(MOTION_MS[name] / prefs.speed);
}

/** Whether a player may start on its own: never under reduced motion. */
export function mayAutoPlay(prefs: Pick<MotionPrefs, "reducedMotion">): boolean {
  return !prefs.reducedMotion;
}

/** Narrows a select's value to a Speed (anything else falls back to 1). */
export function parseSpeed(value: string | number): Speed {
  const n = Number(value);
  return (SPEEDS as readonly number[]).includes(n) ? (n as Speed) : 1;
}
