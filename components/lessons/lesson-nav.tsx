import Link from "next/link";
import { lessonNeighbours } from "@/lib/lessons/catalog";

/** Previous / next lesson links at the foot of every lesson. */
export function LessonNav({ slug }: { readonly slug: string }) {
  const { prev, next } = lessonNeighbours(slug);
  const card =
    "block rounded-lg border border-slate-200 p-3 hover:border-slate-400 hover:bg-slate-50 dark:border-slate-800 dark:hover:border-slate-600 dark:hover:bg-slate-900";
  return (
    <nav aria-label="Lessons" className="mt-12 grid gap-3 sm:grid-cols-2">
      {prev ? (
        <Link href={`/learn/${prev.slug}`} rel="prev" className={card}>
          <span className="text-xs text-slate-500 dark:text-slate-400">← Previous</span>
          <span className="block font-medium">{prev.title}</span>
        </Link>
      ) : (
        <Link href="/learn" className={card}>
          <span className="text-xs text-slate-500 dark:text-slate-400">← All lessons</span>
          <span className="block font-medium">Lesson index</span>
        </Link>
      )}
      {next ? (
        <Link href={`/learn/${next.slug}`} rel="next" className={`${card} sm:text-right`}>
          <span className="text-xs text-slate-500 dark:text-slate-400">Next →</span>
          <span className="block font-medium">{next.title}</span>
        </Link>
      ) : (
        <Link href="/explore" className={`${card} sm:text-right`}>
          <span className="text-xs text-slate-500 dark:text-slate-400">Next →</span>
          <span className="block font-medium">Open the explorer</span>
        </Link>
      )}
    </nav>
  );
}
