import Link from "next/link";
import type { ReactNode } from "react";
import type { LessonEntry } from "@/lib/lessons/catalog";

/** One lesson on the lesson path (home page and lesson index): its number, title and summary. */
export function LessonCard({
  lesson,
  number,
  children,
}: {
  readonly lesson: LessonEntry;
  readonly number: number;
  /** Shown under the summary (the lesson index adds the reader's progress). */
  readonly children?: ReactNode;
}) {
  return (
    <Link
      href={`/learn/${lesson.slug}`}
      className="block h-full rounded-xl border border-slate-200 p-4 hover:border-slate-400 hover:bg-slate-50 dark:border-slate-800 dark:hover:border-slate-600 dark:hover:bg-slate-900"
    >
      <span className="font-mono text-xs text-slate-500 dark:text-slate-400">Lesson {number}</span>
      <span className="mt-1 block font-medium">{lesson.title}</span>
      <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
        {lesson.summary}
      </span>
      {children}
    </Link>
  );
}
