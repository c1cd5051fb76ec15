import type { Metadata } from "next";
import Link from "next/link";
import { HeadingAnchor } from "@/components/lessons/heading-anchor";
import { LESSONS, lessonBySlug } from "@/lib/lessons/catalog";
import { glossaryInOrder } from "@/lib/lessons/glossary";

export const metadata: Metadata = {
  title: "Glossary",
  description: "Every term the MobileNet lessons use, in one or two sentences.",
};

/** Every term the lessons use, alphabetically, each with its anchor and the lesson that explains it. */
export default function GlossaryPage() {
  const terms = glossaryInOrder();
  return (
    <article className="max-w-3xl">
      <p className="font-mono text-sm text-slate-500 dark:text-slate-400">
        <Link href="/learn" className="underline">
          Lessons
        </Link>{" "}
        / Glossary
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Glossary</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        The {terms.length} terms the lessons use, in a sentence or two each. In the lessons, a
        dotted underline marks a term&apos;s first use and links here.
      </p>
      <div className="mt-8 space-y-6" data-testid="glossary">
        {terms.map(({ id, entry }) => {
          const lesson = entry.lesson ? lessonBySlug(entry.lesson) : undefined;
          return (
            <section key={id} aria-labelledby={id}>
              <h2 id={id} className="text-lg font-semibold">
                {entry.term}
                <HeadingAnchor id={id} text={entry.term} />
              </h2>
              <p className="mt-1 leading-relaxed text-slate-700 dark:text-slate-300">
                {entry.definition}
                {lesson && (
                  <>
                    {" "}
                    <Link
                      href={`/learn/${lesson.slug}`}
                      className="text-sm whitespace-nowrap underline"
                    >
                      Lesson {LESSONS.indexOf(lesson) + 1}: {lesson.title}
                    </Link>
                  </>
                )}
              </p>
            </section>
          );
        })}
      </div>
    </article>
  );
}
