/**
 * How far to scroll so a target band (the diagram's active stage) sits inside the visible band (the
 * viewport minus a sticky header above and sticky controls below). Pure, so it is unit-tested; the
 * player only measures and scrolls.
 */
export interface Band {
  readonly top: number;
  readonly bottom: number;
}

/** Pixels to scroll down (negative: up); 0 when the target is already fully visible. */
export function revealDelta(target: Band, view: Band): number {
  if (target.top >= view.top && target.bottom <= view.bottom) return 0;
  // Taller than the room, or above it: line its top up with the top of the room.
  if (target.bottom - target.top > view.bottom - view.top || target.top < view.top)
    return Math.round(target.top - view.top);
  return Math.round(target.bottom - view.bottom);
}

/** The smallest band containing all of them (null for none). */
export function unionBand(bands: readonly Band[]): Band | null {
  if (bands.length === 0) return null;
  return {
    top: Math.min(...bands.map((b) => b.top)),
    bottom: Math.max(...bands.map((b) => b.bottom)),
  };
}
