"use client";

import { useCallback, useSyncExternalStore } from "react";
import type { LessonProgress } from "@/lib/lessons/progress";
import { EMPTY_PROGRESS, PROGRESS_STORAGE_KEY, parseProgress } from "@/lib/lessons/progress";

/** Same-tab writes do not fire "storage", so the hook announces its own writes with this event. */
const LOCAL_EVENT = "mobilenet-lab:lesson-progress";

function subscribe(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === PROGRESS_STORAGE_KEY) onChange();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(LOCAL_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(LOCAL_EVENT, onChange);
  };
}

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(PROGRESS_STORAGE_KEY);
  } catch {
    return null; // storage disabled (privacy mode): progress simply is not remembered
  }
}

// useSyncExternalStore needs a stable snapshot: parse once per distinct stored string.
let cache: { raw: string | null; value: LessonProgress } = { raw: null, value: EMPTY_PROGRESS };
function snapshot(): LessonProgress {
  const raw = readRaw();
  if (raw !== cache.raw) cache = { raw, value: parseProgress(raw) };
  return cache.value;
}

/**
 * The learner's lesson progress from localStorage, and an updater. The server render (and hydration)
 * see no progress, so the markup matches; stored answers appear right after.
 */
export function useLessonProgress(): readonly [
  LessonProgress,
  (update: (p: LessonProgress) => LessonProgress) => void,
] {
  const progress = useSyncExternalStore(subscribe, snapshot, () => EMPTY_PROGRESS);
  const update = useCallback((fn: (p: LessonProgress) => LessonProgress) => {
    try {
      window.localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(fn(snapshot())));
    } catch {
      return;
    }
    window.dispatchEvent(new Event(LOCAL_EVENT));
  }, []);
  return [progress, update] as const;
}
