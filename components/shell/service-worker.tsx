"use client";

import { useEffect } from "react";

/**
 * Registers the offline service worker (public/sw.js, written by scripts/build-sw.mjs after each
 * production build). After one visit the pages, and the runtime and models once used, work offline.
 * Not in development: there every file changes on each save.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // No worker (blocked, or a private window): the site works online as before.
    });
  }, []);
  return null;
}
