"use client";

import { useId, useState } from "react";
import type { SelfCheckQuestion } from "@/lib/lessons/self-check";
import { feedbackFor } from "@/lib/lessons/self-check";

/** The lesson's closing questions: pick an answer, get instant, explained feedback (and try again). */
export function SelfCheck({ questions }: { readonly questions: readonly SelfCheckQuestion[] }) {
  return (
    <section
      aria-labelledby="self-check-heading"
      className="mt-12 rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800"
    >
      <h2 id="self-check-heading" className="text-xl font-semibold">
        Check yourself
      </h2>
      <ol className="mt-4 space-y-6">
        {questions.map((q, i) => (
          <li key={q.id}>
            <Question question={q} number={i + 1} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Question({
  question,
  number,
}: {
  readonly question: SelfCheckQuestion;
  readonly number: number;
}) {
  const [choice, setChoice] = useState<number | null>(null);
  const name = useId();
  const feedback = choice === null ? null : feedbackFor(question, choice);
  return (
    <fieldset data-testid={`self-check-${question.id}`}>
      <legend className="font-medium">
        {number}. {question.prompt}
      </legend>
      <div className="mt-2 space-y-1.5">
        {question.options.map((option, i) => (
          <label
            key={option.text}
            className="flex cursor-pointer items-start gap-2 rounded-md px-2 py-1.5 hover:bg-slate-100 dark:hover:bg-slate-800"
          >
            <input
              type="radio"
              name={name}
              checked={choice === i}
              onChange={() => setChoice(i)}
              className="mt-1 accent-slate-900 dark:accent-slate-100"
            />
            <span>{option.text}</span>
          </label>
        ))}
      </div>
      <p
        role="status"
        aria-live="polite"
        className={`mt-2 min-h-6 text-sm ${
          feedback === null
            ? ""
            : feedback.correct
              ? "rounded-md bg-emerald-50 p-2 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
              : "rounded-md bg-amber-50 p-2 text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        }`}
      >
        {feedback?.message}
      </p>
    </fieldset>
  );
}
