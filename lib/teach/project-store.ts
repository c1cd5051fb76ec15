/**
 * The project in IndexedDB (idb-keyval: structured clone keeps Blobs and Float32Arrays as they
 * are), so it survives a reload. A refused write (quota, private mode) is one sentence, and the
 * project in memory is untouched.
 */
import { createStore, get, set } from "idb-keyval";
import type { TeachProject } from "./project";

const KEY = "project";
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

/** null when saved; else why not, in one sentence. */
export async function saveProject(p: TeachProject): Promise<string | null> {
  try {
    await set(KEY, p, db());
    return null;
  } catch (err) {
    const name = (err as { name?: string }).name;
    return name === "QuotaExceededError"
      ? "This browser's storage is full, so the latest changes are not saved: delete some photos or export the project."
      : "This browser refused to store the project (private mode?): it works, but will not survive a reload. Export it to keep it.";
  }
}
