import Link from "next/link";
import { LESSONS } from "@/lib/lessons/catalog";
import { SECTIONS } from "@/lib/site-map";
import { LessonCard } from "./learn/lesson-card";

const DOORS = SECTIONS.filter((s) => s.href !== "/learn");

export default function HomePage() {
  return (
    <div className="space-y-12">
      <section className="max-w-3xl pt-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-5xl">
          Why is MobileNet so cheap?{" "}
          <span className="text-slate-500 dark:text-slate-400">Touch it and see.</span>
        </h1>
        <p className="mt-5 text-lg leading-relaxed text-slate-700 dark:text-slate-300">
          MobileNet Lab teaches how MobileNets V1 to V4 keep convolutional networks cheap, starting
          from one idea: a 3×3 depthwise separable convolution needs eight to nine times fewer
          multiply-adds than the standard layer it replaces (MobileNetV1 §3.1). Every parameter and
          multiply-add count is exact, and you can change it with a slider. Then it runs real
          pretrained MobileNets on your own photos, right here in your browser, so you can see what
          that cost buys.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href={`/learn/${LESSONS[0]?.slug ?? ""}`}
            className="rounded-lg bg-slate-900 px-5 py-2.5 font-medium text-white hover:bg-slate-700 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200"
          >
            Start the first lesson
          </Link>
          <Link
            href="/classify"
            className="rounded-lg border border-slate-300 px-5 py-2.5 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Classify a photo
          </Link>
        </div>
      </section>

      <section aria-labelledby="path-heading">
        <h2 id="path-heading" className="text-xl font-semibold">
          The lesson path
        </h2>
        <ol className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {LESSONS.map((lesson, i) => (
            <li key={lesson.slug}>
              <LessonCard lesson={lesson} number={i + 1} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="doors-heading">
        <h2 id="doors-heading" className="text-xl font-semibold">
          Or go straight in
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {DOORS.map((door) => (
            <li key={door.href}>
              <Link
                href={door.href}
                className="block h-full rounded-xl border border-slate-200 p-5 hover:border-slate-400 hover:bg-slate-50 dark:border-slate-800 dark:hover:border-slate-600 dark:hover:bg-slate-900"
              >
                <span className="text-lg font-semibold">{door.label} →</span>
                <span className="mt-1 block text-slate-600 dark:text-slate-400">{door.blurb}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
