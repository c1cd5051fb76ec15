/**
 * The project in IndexedDB (idb-keyval: structured clone keeps Blobs and Float32Arrays as they
 * are), so it survives a reload. A refused write (quota, private mode) is one sentence, and the
 * project in memory is untouched.
 */
import { createStore, del, get, set } from "idb-keyval";
import type { TeachProject } from "./project";
import type { TrainedHead } from "./train-protocol";

const KEY = "project";
const HEAD_KEY = "trained-head";
let store: ReturnType<typeof createStore> | null = null;
const db = () => (store ??= createStore("mobilenet-lab-teach", "projects"));

export async function loadProject(): Promise<TeachProject | null> {
  try {
    const p = await get<TeachProject>(KEY, db());
    return p && Array.isArray(p.classes) && typeof p.backboneId === "string" ? p : null;
  } catch {
    return null;
  }
}

/** A trained head and what it was trained on: usable again only with the same backbone and classes. */
export interface SavedHead {
  readonly head: TrainedHead;
  readonly backboneId: string;
  readonly classIds: readonly string[];
  readonly names: readonly string[];
}

/** The head trained before the last reload, or null (none, or not readable as one). */
export async function loadHead(): Promise<SavedHead | null> {
  try {
    const h = await get<SavedHead>(HEAD_KEY, db());
    const usable =
      h &&
      typeof h.backboneId === "string" &&
      Array.isArray(h.classIds) &&
      h.head?.weights?.w1 instanceof Float32Array &&
      h.head.weights.classes === h.classIds.length;
    return usable ? h : null;
  } catch {
    return null;
  }
}

/** Keeps the trained head (null forgets it); null when done, else why not, in one sentence. */
export function saveHead(h: SavedHead | null): Promise<string | null> {
  return write(() => (h ? set(HEAD_KEY, h, db()) : del(HEAD_KEY, db())));
}

/** null when saved; else why not, in one sentence. */
export function saveProject(p: TeachProject): Promise<string | null> {
  return write(() => set(KEY, p, db()));
}

async function write(store: () => Promise<void>): Promise<string | null> {
  try {
    await store();
    return null;
  } catch (err) {
    const name = (err as { name?: string }).name;
    return name === "QuotaExceededError"
      ? "This browser's storage is full, so the latest changes are not saved: delete some photos or export the project."
      : "This browser refused to store the project (private mode?): it works, but will not survive a reload. Export it to keep it.";
  }
}
