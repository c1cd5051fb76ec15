"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import { parseExplorerState } from "@/lib/explorer/explorer-state";
import { Explorer } from "./explorer";

function canonical(query: string): string {
  return new URLSearchParams(query).toString();
}

/**
 * The explorer seeded from the address bar in the browser, so the page can be prerendered (and
 * statically exported) without reading search params on the server. The explorer mirrors its state
 * into the URL itself; only a change it did not write (a link to another view, the nav's Explore
 * link) starts it again from that URL's state.
 */
export function ExplorerFromUrl() {
  const query = canonical(useSearchParams().toString());
  const written = useRef<string | null>(null);
  const [seed, setSeed] = useState(() => ({
    query,
    generation: 0,
    parsed: parseExplorerState(new URLSearchParams(query)),
  }));
  if (query !== seed.query) {
    // React's "adjust state while rendering": the URL moved, by the explorer itself or by a link.
    setSeed((s) =>
      query === written.current
        ? { ...s, query }
        : {
            query,
            generation: s.generation + 1,
            parsed: parseExplorerState(new URLSearchParams(query)),
          },
    );
  }
  const onUrlWrite = useCallback((q: string) => {
    written.current = canonical(q);
  }, []);
  return (
    <Explorer
      key={seed.generation}
      initial={seed.parsed.state}
      notes={seed.parsed.notes}
      onUrlWrite={onUrlWrite}
    />
  );
}
