import type { Metadata } from "next";
import Link from "next/link";
import { LessonPathProgress, LessonProgressBadge } from "@/components/lessons/lesson-progress";
import { PageIntro } from "@/components/shell/page-intro";
import { LESSONS } from "@/lib/lessons/catalog";
import { LessonCard } from "./lesson-card";

export const metadata: Metadata = { title: "Lessons" };

export default function LearnIndexPage() {
  return (
    <div className="max-w-3xl">
      <PageIntro title="Lessons">
        Eight short lessons, in order. Each one has something to move and ends with a short
        self-check.
      </PageIntro>
      <LessonPathProgress slugs={LESSONS.map((l) => l.slug)} />
      <ol className="mt-6 space-y-3">
        {LESSONS.map((lesson, i) => (
          <li key={lesson.slug}>
            <LessonCard lesson={lesson} number={i + 1}>
              <LessonProgressBadge slug={lesson.slug} />
            </LessonCard>
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
