import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LessonBody } from "@/components/lessons/lesson-body";
import { LessonNav } from "@/components/lessons/lesson-nav";
import { LESSONS, lessonBySlug } from "@/lib/lessons/catalog";

type Params = Promise<{ slug: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return LESSONS.map((l) => ({ slug: l.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lesson = lessonBySlug((await params).slug);
  return { title: lesson ? lesson.title : "Lesson not found", description: lesson?.summary };
}

export default async function LessonPage({ params }: { params: Params }) {
  const { slug } = await params;
  const lesson = lessonBySlug(slug);
  if (!lesson) notFound();
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
      <LessonBody slug={slug} />
      <LessonNav slug={slug} />
    </article>
  );
}
