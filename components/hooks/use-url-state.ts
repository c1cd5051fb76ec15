"use client";

import { useCallback, useEffect, useRef } from "react";
import { withParams } from "@/lib/lessons/lesson-url-state";

/**
 * A lesson control's state in the page's query string. `read` gets the query once after mount (the
 * static server render has none) to restore a linked state; the returned `write` puts updates back
 * with history.replaceState: no navigation, no history entry per slider move, the hash (a heading
 * anchor) kept.
 */
export function useUrlState(
  read: (params: URLSearchParams) => void,
): (updates: Readonly<Record<string, string | null>>) => void {
  const reader = useRef(read);
  useEffect(() => {
    reader.current(new URLSearchParams(window.location.search));
  }, []);
  return useCallback((updates) => {
    const { pathname, search, hash } = window.location;
    const next = withParams(search, updates);
    if (next !== search)
      window.history.replaceState(window.history.state, "", `${pathname}${next}${hash}`);
  }, []);
}
