/**
 * Which of the files a user dropped, pasted or picked are photos, and the one sentence that says
 * what happened to the rest and where the photos went. A file counts as a photo by its MIME type,
 * or by its extension when the browser gives none.
 */

export interface NamedFile {
  readonly name: string;
  readonly type: string;
}

const IMAGE_EXTENSION = /\.(jpe?g|png|gif|webp|bmp|avif|heic|heif)$/i;

export function isImageFile(f: NamedFile): boolean {
  return f.type ? f.type.startsWith("image/") : IMAGE_EXTENSION.test(f.name);
}

export function splitImageFiles<T extends NamedFile>(
  files: readonly T[],
): { readonly images: T[]; readonly rejected: T[] } {
  const images: T[] = [];
  const rejected: T[] = [];
  for (const f of files) (isImageFile(f) ? images : rejected).push(f);
  return { images, rejected };
}

const SHOWN_NAMES = 3;

/** null when every file was a photo; else one sentence naming the others. */
export function rejectedSentence(rejected: readonly NamedFile[]): string | null {
  if (rejected.length === 0) return null;
  const only = "only photos (JPEG, PNG, WebP…) can be added";
  if (rejected.length === 1)
    return `“${rejected[0]!.name || "The file"}” is not an image, so it was not added: ${only}.`;
  const names = rejected
    .slice(0, SHOWN_NAMES)
    .map((f) => f.name || "unnamed")
    .join(", ");
  const more = rejected.length > SHOWN_NAMES ? "…" : "";
  return `${rejected.length} files are not images (${names}${more}), so they were not added: ${only}.`;
}

/** "2 dropped photos go to “cat”." plus what was refused, as one message. */
export function placedSentence(
  images: number,
  rejected: readonly NamedFile[],
  how: "dropped" | "pasted",
  className: string,
): string {
  const refused = rejectedSentence(rejected);
  const placed =
    images > 0
      ? `${images} ${how} photo${images === 1 ? " goes" : "s go"} to “${className}”.`
      : null;
  return [placed, refused].filter(Boolean).join(" ");
}
