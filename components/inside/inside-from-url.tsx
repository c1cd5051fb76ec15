"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import type { ClassifyAssets } from "@/lib/inference/installed-assets";
import { parseInsideState } from "@/lib/inside/inside-state";
import { InsideApp } from "./inside-app";

function canonical(query: string): string {
  return new URLSearchParams(query).toString();
}

/**
 * /inside seeded from the address bar in the browser, so the page is prerendered (and statically
 * exported) without reading search params on the server. The page mirrors its state into the URL
 * itself; only a change it did not write (a link to another layer or model) starts it again.
 */
export function InsideFromUrl({
  models,
  samples,
  fallbackModel,
}: Omit<ClassifyAssets, "setupRan"> & { readonly fallbackModel: string }) {
  const query = canonical(useSearchParams().toString());
  const written = useRef<string | null>(null);
  const ids = models.map((m) => m.id);
  const parse = (q: string) => parseInsideState(new URLSearchParams(q), ids, fallbackModel);
  const [seed, setSeed] = useState(() => ({ query, generation: 0, parsed: parse(query) }));
  if (query !== seed.query) {
    // React's "adjust state while rendering": the URL moved, by the page itself or by a link.
    setSeed((s) =>
      query === written.current
        ? { ...s, query }
        : { query, generation: s.generation + 1, parsed: parse(query) },
    );
  }
  const onUrlWrite = useCallback((q: string) => {
    written.current = canonical(q);
  }, []);
  return (
    <InsideApp
      key={seed.generation}
      models={models}
      samples={samples}
      initial={seed.parsed.state}
      notes={seed.parsed.notes}
      onUrlWrite={onUrlWrite}
    />
  );
}
