/**
 * A /teach project as plain data, and the pure edits the page makes to it: classes (2–20, default
 * names, rename, delete), photos (kept as small JPEG thumbnails with one embedding per backbone), and
 * whether training can start — with the reason when it cannot.
 */
import { l2Normalize } from "./knn";

export const MIN_CLASSES = 2;
export const MAX_CLASSES = 20;
/** Photos in a whole project: thumbnails are ~10 kB, so memory stays bounded. */
export const MAX_PHOTOS = 500;

export type PhotoSource = "file" | "webcam" | "sample";

export interface TeachPhoto {
  readonly id: string;
  readonly thumbnail: Blob;
  readonly source: PhotoSource;
  /** backbone id → its raw pooled feature vector for this thumbnail. */
  readonly embeddings: Readonly<Record<string, Float32Array>>;
}

export interface TeachClass {
  readonly id: string;
  readonly name: string;
  readonly photos: readonly TeachPhoto[];
}

export interface TeachProject {
  readonly backboneId: string;
  readonly classes: readonly TeachClass[];
}

let counter = 0;
/** A unique id (time + counter + random), enough within one browser's project. */
export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** "Class 3": the lowest number not taken by another class's name. */
export function defaultClassName(classes: readonly TeachClass[]): string {
  const taken = new Set(classes.map((c) => c.name.trim().toLowerCase()));
  for (let n = 1; ; n++) if (!taken.has(`class ${n}`)) return `Class ${n}`;
}

export function emptyProject(backboneId: string): TeachProject {
  const first: TeachClass = { id: newId("class"), name: "Class 1", photos: [] };
  return {
    backboneId,
    classes: [first, { id: newId("class"), name: "Class 2", photos: [] }],
  };
}

export function addClass(p: TeachProject): TeachProject {
  if (p.classes.length >= MAX_CLASSES) return p;
  return {
    ...p,
    classes: [...p.classes, { id: newId("class"), name: defaultClassName(p.classes), photos: [] }],
  };
}

export function renameClass(p: TeachProject, classId: string, name: string): TeachProject {
  return { ...p, classes: p.classes.map((c) => (c.id === classId ? { ...c, name } : c)) };
}

export function deleteClass(p: TeachProject, classId: string): TeachProject {
  return { ...p, classes: p.classes.filter((c) => c.id !== classId) };
}

export function photoCount(p: TeachProject): number {
  return p.classes.reduce((n, c) => n + c.photos.length, 0);
}

export function addPhotos(
  p: TeachProject,
  classId: string,
  photos: readonly TeachPhoto[],
): TeachProject {
  const room = Math.max(0, MAX_PHOTOS - photoCount(p));
  const taken = photos.slice(0, room);
  return {
    ...p,
    classes: p.classes.map((c) =>
      c.id === classId ? { ...c, photos: [...c.photos, ...taken] } : c,
    ),
  };
}

export function deletePhoto(p: TeachProject, photoId: string): TeachProject {
  return {
    ...p,
    classes: p.classes.map((c) => ({ ...c, photos: c.photos.filter((x) => x.id !== photoId) })),
  };
}

/** Adds one backbone's embedding to a photo (after it was computed for a new backbone). */
export function withEmbedding(
  p: TeachProject,
  photoId: string,
  backboneId: string,
  embedding: Float32Array,
): TeachProject {
  return {
    ...p,
    classes: p.classes.map((c) => ({
      ...c,
      photos: c.photos.map((x) =>
        x.id === photoId ? { ...x, embeddings: { ...x.embeddings, [backboneId]: embedding } } : x,
      ),
    })),
  };
}

/** Why Train is disabled, in one sentence; null when training can start. */
export function trainBlocker(p: TeachProject): string | null {
  if (p.classes.length < MIN_CLASSES)
    return `Add at least ${MIN_CLASSES} classes: a classifier needs something to tell apart.`;
  const empty = p.classes.find((c) => c.photos.length === 0);
  if (empty) return `“${empty.name.trim() || "A class without a name"}” has no photos yet.`;
  const unnamed = p.classes.find((c) => c.name.trim() === "");
  if (unnamed) return "Every class needs a name.";
  const seen = new Set<string>();
  for (const c of p.classes) {
    const key = c.name.trim().toLowerCase();
    if (seen.has(key)) return `Two classes are called “${c.name.trim()}”: rename one.`;
    seen.add(key);
  }
  return null;
}

export interface Examples {
  /** Unit-length embeddings for `backboneId`, in class then photo order. */
  readonly inputs: Float32Array[];
  readonly labels: number[];
  readonly photoIds: string[];
  /** Photos that have no embedding for this backbone yet. */
  readonly missing: number;
}

export function examplesFor(p: TeachProject, backboneId: string): Examples {
  const inputs: Float32Array[] = [];
  const labels: number[] = [];
  const photoIds: string[] = [];
  let missing = 0;
  p.classes.forEach((c, classIndex) => {
    for (const photo of c.photos) {
      const e = photo.embeddings[backboneId];
      if (!e) {
        missing += 1;
        continue;
      }
      inputs.push(l2Normalize(e));
      labels.push(classIndex);
      photoIds.push(photo.id);
    }
  });
  return { inputs, labels, photoIds, missing };
}

/** Bytes a project keeps per photo: its JPEG plus every embedding (what bench:teach reports). */
export function bytesPerPhoto(p: TeachProject): number {
  let bytes = 0;
  let n = 0;
  for (const c of p.classes)
    for (const photo of c.photos) {
      n += 1;
      bytes += photo.thumbnail.size;
      for (const e of Object.values(photo.embeddings)) bytes += e.byteLength;
    }
  return n ? bytes / n : 0;
}
