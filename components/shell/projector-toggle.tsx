"use client";

import { useSyncExternalStore } from "react";
import { PROJECTOR_CLASS, PROJECTOR_STORAGE_KEY } from "./projector-script";

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

const isOn = () => document.documentElement.classList.contains(PROJECTOR_CLASS);

/**
 * Projector mode: larger text everywhere, diagrams as wide as the page, chart ticks, diagram labels
 * and self-check radios at least 14 px, for a class reading a projected screen from the back. The
 * choice is remembered. Hidden on phones, where nothing is projected.
 */
export function ProjectorToggle() {
  const on = useSyncExternalStore(subscribe, isOn, () => false);
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={() => {
        document.documentElement.classList.toggle(PROJECTOR_CLASS, !on);
        try {
          localStorage.setItem(PROJECTOR_STORAGE_KEY, on ? "off" : "on");
        } catch {
          // storage disabled: the mode lasts for this page only
        }
      }}
      title="Larger text and diagrams, for projecting in a classroom"
      className={`hidden shrink-0 rounded-md px-2 py-1.5 text-sm font-medium sm:inline-block ${
        on
          ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
          : "text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
      }`}
    >
      Projector
    </button>
  );
}
