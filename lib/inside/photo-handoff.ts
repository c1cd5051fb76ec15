/**
 * Hands a photo from /classify to /inside in the same tab: the page that has it puts it here when
 * its "see this photo inside" link is followed, and /inside takes it once when it opens. It lives
 * in this module's memory only, so it survives Next's client-side navigation (also in the static
 * export) and nothing is uploaded or written to storage; a reload starts /inside empty.
 */

export interface HandedPhoto {
  readonly blob: Blob;
  readonly name: string;
  /** The model the photo was classified with (the link opens /inside on it). */
  readonly modelId: string;
}

let handed: HandedPhoto | null = null;

export function handPhotoToInside(photo: HandedPhoto): void {
  handed = photo;
}

/** The handed photo, if any (read when /inside opens; React may call this twice in development). */
export function peekHandedPhoto(): HandedPhoto | null {
  return handed;
}

/** Forgets it once /inside has it: a later visit from the menu starts with no photo. */
export function clearHandedPhoto(): void {
  handed = null;
}
