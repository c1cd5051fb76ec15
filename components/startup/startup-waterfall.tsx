"use client";

import { useLayoutEffect, useState } from "react";
import { photoChosenAt } from "@/lib/startup/page-marks";
import { startupWaterfall, type Phase, type WorkerStartupReport } from "@/lib/startup/waterfall";

const ms = (x: number) => `${Math.round(x).toLocaleString("en-US")} ms`;

/** Downloads in a light ink, work in a dark one, waiting as an outline: neutral, not an op's hue. */
function barClass(p: Phase): string {
  if (p.id === "waiting-for-photo")
    return "border border-dashed border-slate-400 bg-transparent dark:border-slate-500";
  if (p.id === "runtime-download" || p.id === "model" || p.id === "page")
    return "bg-slate-400 dark:bg-slate-500";
  return "bg-slate-700 dark:bg-slate-300";
}

/**
 * The first prediction's startup as a small waterfall: one row per phase, its bar on a shared time
 * axis (navigation start → the end of the warm-up), its ms in text, and a line where the top-5
 * appeared. The numbers are the list's text; the bars are decoration for sighted readers.
 */
export function StartupWaterfall({ report }: { readonly report: WorkerStartupReport }) {
  // The top-5 is committed in the same render as this component's first one.
  const [shownAt, setShownAt] = useState<number | null>(null);
  useLayoutEffect(() => {
    // Reading the clock at the commit is the point: it is when the top-5 entered the document.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShownAt((t) => t ?? performance.now());
  }, []);
  if (shownAt === null) return null;
  const w = startupWaterfall(report, {
    timeOrigin: performance.timeOrigin,
    photoChosenAt: photoChosenAt(),
    shownAt,
  });
  const axis = Math.max(w.firstPredictionMs, ...w.phases.map((p) => p.end)) || 1;
  const pct = (x: number) => `${Math.min(100, Math.max(0, (x / axis) * 100)).toFixed(2)}%`;
  const after = w.phases.filter((p) => p.afterPrediction);
  return (
    <section
      aria-labelledby="startup-heading"
      data-testid="startup-waterfall"
      data-first-prediction-ms={Math.round(w.firstPredictionMs)}
      data-explained-ms={Math.round(w.explainedMs)}
      className="border-t border-slate-200 pt-4 dark:border-slate-800"
    >
      <h3 id="startup-heading" className="text-base font-semibold">
        Why the first answer took {ms(w.firstPredictionMs)}
      </h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        From opening the page to this top-5. Bars that overlap ran at the same time; the line marks
        the top-5.
      </p>
      <ol className="mt-3 space-y-2" aria-label="Startup phases">
        {w.phases.map((p) => (
          <li
            key={p.id}
            data-testid="startup-phase"
            data-phase={p.id}
            data-start={Math.round(p.start)}
            data-ms={Math.round(p.ms)}
            data-added-ms={Math.round(p.addedMs)}
            data-after-prediction={p.afterPrediction ? "true" : "false"}
            className="text-sm"
          >
            <div className="flex items-baseline justify-between gap-3">
              <span>
                <span className="font-medium">{p.label}</span>{" "}
                <span className="text-slate-500 dark:text-slate-400">· {p.detail}</span>
              </span>
              <span className="shrink-0 font-mono tabular-nums">{ms(p.ms)}</span>
            </div>
            <div className="relative mt-1 h-2.5" aria-hidden>
              <div
                className="absolute inset-y-0 w-px bg-slate-900 dark:bg-slate-100"
                style={{ left: pct(w.firstPredictionMs) }}
              />
              <div
                className={`absolute inset-y-0 rounded-sm ${barClass(p)}`}
                style={{ left: pct(p.start), width: `max(2px, ${pct(p.ms)})` }}
              />
            </div>
            <span className="sr-only">
              {" "}
              from {ms(p.start)} to {ms(p.end)} after the page opened
              {p.addedMs < p.ms - 1 ? `; ${ms(p.addedMs)} of it added to the wait` : ""}
            </span>
          </li>
        ))}
      </ol>
      <p className="mt-3 text-sm" data-testid="startup-summary">
        These phases account for {ms(w.explainedMs)} of the {ms(w.firstPredictionMs)} wait
        {after.length > 0
          ? `; ${after.map((p) => p.label.toLowerCase()).join(" and ")} came after the top-5, before the timed runs`
          : ""}
        .
      </p>
      <p
        className="mt-1 text-sm text-slate-600 dark:text-slate-400"
        data-testid="startup-second-visit"
      >
        {w.secondVisit}
      </p>
    </section>
  );
}
