"use client";

import { useState } from "react";
import type { SamplePhoto } from "@/lib/inference/installed-assets";

/** A bundled sample photo's bytes; rejects with the one sentence the page shows when it cannot be loaded. */
export async function fetchSample(s: SamplePhoto): Promise<Blob> {
  try {
    const res = await fetch(s.src); // same-origin GET of a bundled photo; nothing leaves the page
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.blob();
  } catch (err) {
    throw new Error(`${s.src} could not be loaded (${(err as Error).message}).`);
  }
}

/**
 * A tapped sample photo, loaded and handed to `onBlob`; `error` says why the last one could not be
 * loaded (null once a photo arrives, or after `clearError`).
 */
export function useSamplePick(onBlob: (blob: Blob, sample: SamplePhoto) => void) {
  const [error, setError] = useState<string | null>(null);
  const pick = (s: SamplePhoto) =>
    fetchSample(s).then(
      (blob) => {
        setError(null);
        onBlob(blob, s);
      },
      (err: Error) => setError(err.message),
    );
  return { pick, error, clearError: () => setError(null) };
}
