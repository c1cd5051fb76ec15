/**
 * When an animation may play on its own: only while most of it is on screen, so a reader scrolling
 * past does not find it already finished. "Most" is of what can be seen at once: a diagram taller
 * than the window counts as shown when it fills most of the window.
 */

/** The share of the diagram (or of the window, for a taller diagram) that must be visible. */
export const AUTOPLAY_VISIBLE_SHARE = 0.6;

export function mostlyVisible(
  visibleHeight: number,
  elementHeight: number,
  viewportHeight: number,
  share = AUTOPLAY_VISIBLE_SHARE,
): boolean {
  const seenAtOnce = Math.min(elementHeight, viewportHeight);
  return seenAtOnce > 0 && visibleHeight >= share * seenAtOnce;
}

/** Intersection thresholds fine enough to notice when `mostlyVisible` changes (every 5 %). */
export const VISIBILITY_THRESHOLDS: readonly number[] = Array.from(
  { length: 21 },
  (_, i) => i / 20,
);
