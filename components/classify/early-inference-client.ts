"use client";

import { InferenceClient } from "@/lib/inference/client";
import { EARLY_WORKER_GLOBAL } from "@/lib/inference/early-worker-script";

/**
 * The /classify page's first inference worker. The page's HTML starts it while it is still being
 * parsed (lib/inference/early-worker-script.ts), so onnxruntime's runtime and the default model are
 * on their way before React has hydrated; on a cold visit on 2 cores that is several hundred ms
 * sooner than an effect after hydration could. This module wraps it (or, without one, starts a
 * worker as soon as it is evaluated); the first `useInferenceClient` takes it, later mounts and
 * replacements after a crash start their own.
 */
let early: InferenceClient | null = null;

function adoptEarly(): void {
  if (typeof window === "undefined" || typeof Worker === "undefined") return;
  const holder = window as unknown as Record<string, Worker | undefined>;
  const started = holder[EARLY_WORKER_GLOBAL];
  delete holder[EARLY_WORKER_GLOBAL];
  try {
    early = new InferenceClient(undefined, undefined, started);
    void early.probe().catch(() => undefined); // its owner reads the answer (or the error)
  } catch {
    early = null; // the hook reports the failure when it makes its own
  }
}

adoptEarly();

/** The early worker, once; null afterwards, or when none could be started. */
export function takeEarlyInferenceClient(): InferenceClient | null {
  const client = early;
  early = null;
  return client;
}
