"use client";

import { useEffect } from "react";
import { whenNoTiming } from "@/lib/inference/timing-activity";

/** Quiet time after the last timing before the install may start. */
const TIMING_QUIET_MS = 5000;

/**
 * Registers the offline service worker (public/sw.js, written by scripts/build-sw.mjs after each
 * production build). After one visit the pages, and the runtime and models once used, work offline.
 * Not in development: there every file changes on each save.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const register = () =>
      void navigator.serviceWorker.register("/sw.js").catch(() => {
        // No worker (blocked, or a private window): the site works online as before.
      });
    // Its install downloads every page (3.4 MB): a few seconds after the page has loaded, when the
    // main thread is idle, so that a first visit's own requests (on /classify: the runtime and a
    // model, which load in a worker and keep no main-thread work going) are not slowed by it, and
    // never while a run is being timed (or just after one: the reader may pick the next photo), so
    // the install does not land inside a measurement on the same cores.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    const whenIdle = () => {
      timer = setTimeout(() => {
        void whenNoTiming(TIMING_QUIET_MS).then(() => {
          if (!alive) return;
          if (typeof requestIdleCallback === "function") requestIdleCallback(register);
          else register();
        });
      }, 3000);
    };
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
    return () => {
      alive = false;
      window.removeEventListener("load", whenIdle);
      clearTimeout(timer);
    };
  }, []);
  return null;
}
