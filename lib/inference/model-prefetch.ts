/**
 * Model bytes fetched before anyone asked for a session: the page's HTML names the default model
 * when it starts the worker, so its download and check overlap the page's own start instead of
 * following it. A session that later wants those bytes takes them over, progress included: it
 * hears the rest of the download as if it had started it.
 */
import { loadModelBytes, type ModelBytes } from "./model-store";
import type { ModelSpec, PreparedModel } from "./protocol";

interface Listeners {
  onProgress: (loaded: number, total: number | null) => void;
  onVerify: () => void;
}

interface Prefetch {
  bytes: Promise<ModelBytes> | null;
  listeners: Listeners | null;
  last: { loaded: number; total: number | null } | null;
  verifying: boolean;
}

const prefetches = new Map<string, Prefetch>();

/** Starts fetching (or reading from the cache) and verifying the WASM form of `model`. Once per model. */
export function prefetchModel(model: ModelSpec, prepared?: PreparedModel | null): void {
  if (prefetches.has(model.id)) return;
  const entry: Prefetch = { bytes: null, listeners: null, last: null, verifying: false };
  entry.bytes = loadModelBytes(
    model,
    (loaded, total) => {
      entry.last = { loaded, total };
      entry.listeners?.onProgress(loaded, total);
    },
    () => {
      entry.verifying = true;
      entry.listeners?.onVerify();
    },
    { preferPrepared: true, ...(prepared ? { prepared } : {}) },
  );
  // A failed prefetch is forgotten: the session's own load then reports the failure.
  entry.bytes.catch(() => prefetches.get(model.id) === entry && prefetches.delete(model.id));
  prefetches.set(model.id, entry);
}

/**
 * The prefetched bytes of `model`, handed over once (null when none were started or they failed):
 * what has happened so far is replayed to the listeners, the rest reaches them as it happens.
 */
export async function takePrefetched(
  model: ModelSpec,
  listeners: Listeners,
): Promise<ModelBytes | null> {
  const entry = prefetches.get(model.id);
  if (!entry) return null;
  prefetches.delete(model.id);
  entry.listeners = listeners;
  if (entry.last) listeners.onProgress(entry.last.loaded, entry.last.total);
  if (entry.verifying) listeners.onVerify();
  try {
    return await entry.bytes;
  } catch {
    return null;
  }
}
