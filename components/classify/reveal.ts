/**
 * Brings a panel into view when a run starts and its top is off screen or low on it (on a phone the
 * result panel sits ~2,000 px below the photo pickers). Smooth unless the user prefers reduced motion.
 */
export function revealPanel(el: HTMLElement | null): void {
  if (!el) return;
  const top = el.getBoundingClientRect().top;
  if (top >= 0 && top < window.innerHeight / 2) return;
  const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  el.scrollIntoView({ behavior: reduce ? "auto" : "smooth", block: "start" });
}
