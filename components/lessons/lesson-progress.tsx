"use client";

import { useLessonProgress } from "@/components/hooks/use-lesson-progress";
import { lessonStatus, statusText } from "@/lib/lessons/progress";
import { SELF_CHECKS } from "@/lib/lessons/self-check-questions";

/** One lesson's stored progress on /learn ("Done · 3 of 3 self-check answers right"). */
export function LessonProgressBadge({ slug }: { readonly slug: string }) {
  const [progress] = useLessonProgress();
  const status = lessonStatus(progress, slug, SELF_CHECKS[slug] ?? []);
  return (
    <span
      data-testid={`lesson-progress-${slug}`}
      className={`mt-2 block text-xs ${status.done ? "font-semibold text-emerald-800 dark:text-emerald-300" : "text-slate-500 dark:text-slate-400"}`}
    >
      {status.done && <span aria-hidden="true">✓ </span>}
      {statusText(status)}
    </span>
  );
}

/** The path as a whole: "2 of 7 lessons done", with a bar, and a way to forget everything. */
export function LessonPathProgress({ slugs }: { readonly slugs: readonly string[] }) {
  const [progress, update] = useLessonProgress();
  const done = slugs.filter((s) => lessonStatus(progress, s, SELF_CHECKS[s] ?? []).done).length;
  const opened = slugs.filter((s) => progress.visited.includes(s)).length;
  return (
    <div className="mt-4 text-sm" data-testid="lesson-path-progress">
      <p>
        <span className="font-semibold">
          {done} of {slugs.length} lessons done
        </span>{" "}
        <span className="text-slate-600 dark:text-slate-400">
          ({opened} opened; a lesson is done when its self-check is all right)
        </span>
      </p>
      <div
        role="progressbar"
        aria-label="Lessons done"
        aria-valuemin={0}
        aria-valuemax={slugs.length}
        aria-valuenow={done}
        className="mt-2 h-2 max-w-md overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className="h-full bg-slate-800 dark:bg-slate-200"
          style={{ width: `${(100 * done) / slugs.length}%` }}
        />
      </div>
      {opened > 0 && (
        <button
          type="button"
          onClick={() => update(() => ({ visited: [], answers: {} }))}
          className="mt-2 text-xs text-slate-600 underline dark:text-slate-400"
        >
          Forget my answers
        </button>
      )}
    </div>
  );
}
