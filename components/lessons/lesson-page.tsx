import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import type { ComponentType, ReactNode } from "react";
import { LESSONS, lessonBySlug } from "@/lib/lessons/catalog";
import { LessonNav } from "./lesson-nav";

/**
 * The frame every lesson page shares: number, title, summary, the lesson's body, and the links to
 * its neighbours. Each lesson has its own route file (app/learn/<slug>/page.tsx), so that a lesson
 * page ships only its own interactive parts: one route for all seven shipped every lesson's
 * calculators, block players and self-checks with each (198.6 kB of a 200 kB budget).
 */
export function LessonPage({
  slug,
  children,
}: {
  readonly slug: string;
  readonly children: ReactNode;
}) {
  const lesson = lessonBySlug(slug);
  if (!lesson) throw new Error(`no lesson "${slug}" in lib/lessons/catalog.ts`);
  const number = LESSONS.indexOf(lesson) + 1;
  return (
    <article>
      <p className="font-mono text-sm text-slate-500 dark:text-slate-400">
        Lesson {number} of {LESSONS.length}
      </p>
      <h1 className="mt-1 max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl">
        {lesson.title}
      </h1>
      <p className="mt-3 mb-8 max-w-3xl text-lg text-slate-600 dark:text-slate-400">
        {lesson.summary}
      </p>
      {children}
      <LessonNav slug={slug} />
    </article>
  );
}

export function lessonMetadata(slug: string): Metadata {
  const lesson = lessonBySlug(slug);
  return { title: lesson ? lesson.title : "Lesson not found", description: lesson?.summary };
}

/**
 * The default export of a lesson's route file: its body inside the shared frame. The route file
 * stays, one per lesson, so that each lesson's interactive parts are split into its own bundle.
 */
export function lessonRoute(slug: string, Body: ComponentType): ComponentType {
  function LessonRoute() {
    return (
      <LessonPage slug={slug}>
        <Body />
      </LessonPage>
    );
  }
  return LessonRoute;
}
