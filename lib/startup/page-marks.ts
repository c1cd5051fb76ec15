/**
 * The page's own moment in the startup waterfall: when the first photo was picked. A User Timing
 * mark on the page's clock, set once (a later photo is not the first prediction's).
 */
export const PHOTO_CHOSEN_MARK = "mobilenet-lab:photo-chosen";

export function markPhotoChosen(): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  if (performance.getEntriesByName(PHOTO_CHOSEN_MARK, "mark").length === 0)
    performance.mark(PHOTO_CHOSEN_MARK);
}

/** When the first photo was picked (ms since navigation start), or null. */
export function photoChosenAt(): number | null {
  if (typeof performance === "undefined" || typeof performance.getEntriesByName !== "function")
    return null;
  return performance.getEntriesByName(PHOTO_CHOSEN_MARK, "mark")[0]?.startTime ?? null;
}
