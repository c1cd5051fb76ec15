"use client";

import { InferenceClient } from "@/lib/inference/client";

/**
 * The /classify page's inference worker, started when this module is first evaluated in the
 * browser (as the page's scripts run, before React has hydrated), so that onnxruntime's 14 MB
 * runtime and the default model are already on their way while the page becomes interactive. On a
 * cold visit on 2 cores, waiting for the first effect after hydration cost a few hundred ms before
 * the worker even existed. The first `useInferenceClient` takes it; later mounts (and replacements
 * after a crash) start their own.
 */
let early: InferenceClient | null = null;

function startEarly(): void {
  if (typeof window === "undefined" || typeof Worker === "undefined") return;
  try {
    early = new InferenceClient();
    void early.probe().catch(() => undefined); // its owner reads the answer (or the error)
  } catch {
    early = null; // the hook reports the failure when it makes its own
  }
}

startEarly();

/** The early worker, once; null afterwards, or when none could be started. */
export function takeEarlyInferenceClient(): InferenceClient | null {
  const client = early;
  early = null;
  return client;
}
