import type { Metadata } from "next";
import Link from "next/link";
import { LessonPathProgress, LessonProgressBadge } from "@/components/lessons/lesson-progress";
import { LESSONS } from "@/lib/lessons/catalog";

export const metadata: Metadata = { title: "Lessons" };

export default function LearnIndexPage() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Lessons</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Eight short lessons, in order. Each one has something to move and ends with a short
        self-check.
      </p>
      <LessonPathProgress slugs={LESSONS.map((l) => l.slug)} />
      <ol className="mt-6 space-y-3">
        {LESSONS.map((lesson, i) => (
          <li key={lesson.slug}>
            <Link
              href={`/learn/${lesson.slug}`}
              className="block rounded-xl border border-slate-200 p-4 hover:border-slate-400 hover:bg-slate-50 dark:border-slate-800 dark:hover:border-slate-600 dark:hover:bg-slate-900"
            >
              <span className="font-mono text-xs text-slate-500 dark:text-slate-400">
                Lesson {i + 1}
              </span>
              <span className="mt-1 block font-medium">{lesson.title}</span>
              <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
                {lesson.summary}
              </span>
              <LessonProgressBadge slug={lesson.slug} />
            </Link>
          </li>
        ))}
      </ol>
      <p className="mt-6 text-slate-700 dark:text-slate-300">
        A word you do not know? The{" "}
        <Link href="/learn/glossary" className="underline">
          glossary
        </Link>{" "}
        explains every term the lessons use.
      </p>
    </div>
  );
}
