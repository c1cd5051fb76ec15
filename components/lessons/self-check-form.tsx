"use client";

import type { ReactNode } from "react";
import { useEffect, useId, useState } from "react";
import { useLessonProgress } from "@/components/hooks/use-lesson-progress";
import {
  lessonStatus,
  statusText,
  withAnswer,
  withoutAnswers,
  withVisit,
} from "@/lib/lessons/progress";
import type { SelfCheckQuestion } from "@/lib/lessons/self-check";
import { feedbackFor } from "@/lib/lessons/self-check";

/** A question's hints (per option) and explanation, already typeset on the server. */
export interface TypesetFeedback {
  readonly explanation: ReactNode;
  readonly hints: readonly ReactNode[];
}

/**
 * The self-check's questions: picking an option only selects it; "Check" (or Enter) submits. A first
 * wrong answer gets a hint aimed at it, a second the explanation; any question can be tried again.
 * Picks and the lesson's visit are stored (localStorage) and shown again on return and on /learn.
 */
export function SelfCheckForm({
  lesson,
  questions,
  typeset,
}: {
  readonly lesson: string | null;
  readonly questions: readonly SelfCheckQuestion[];
  readonly typeset: readonly TypesetFeedback[];
}) {
  const [progress, update] = useLessonProgress();
  useEffect(() => {
    if (lesson) update((p) => withVisit(p, lesson));
  }, [lesson, update]);
  const status = lesson ? lessonStatus(progress, lesson, questions) : null;
  return (
    <>
      <ol className="mt-4 space-y-6">
        {questions.map((q, i) => {
          const stored = lesson ? progress.answers[lesson]?.[q.id] : undefined;
          return (
            <li key={q.id}>
              <Question
                question={q}
                number={i + 1}
                typeset={typeset[i]}
                choice={stored && stored.choice < q.options.length ? stored.choice : null}
                wrongBefore={stored?.wrongBefore ?? 0}
                onCheck={(choice) => {
                  if (!lesson) return;
                  const correct = q.options[choice]?.correct === true;
                  update((p) => withAnswer(p, lesson, q.id, choice, correct));
                }}
                onRetry={() => {
                  if (lesson) update((p) => withoutAnswers(p, lesson, [q.id]));
                }}
              />
            </li>
          );
        })}
      </ol>
      {status && status.correct > 0 && (
        <p
          className="mt-4 text-sm text-slate-600 dark:text-slate-400"
          data-testid="self-check-score"
        >
          {statusText(status)}. Your answers are kept in this browser only.{" "}
          <button
            type="button"
            onClick={() => {
              if (lesson) update((p) => withoutAnswers(p, lesson));
            }}
            className="underline underline-offset-2 hover:text-slate-900 dark:hover:text-slate-100"
          >
            Start the self-check over
          </button>
        </p>
      )}
    </>
  );
}

function Question({
  question,
  number,
  typeset,
  choice,
  wrongBefore,
  onCheck,
  onRetry,
}: {
  readonly question: SelfCheckQuestion;
  readonly number: number;
  readonly typeset: TypesetFeedback | undefined;
  /** The last checked answer (null: not answered yet). */
  readonly choice: number | null;
  readonly wrongBefore: number;
  readonly onCheck: (choice: number) => void;
  readonly onRetry: () => void;
}) {
  const name = useId();
  // The option the radios show. Moving between them (arrow keys, clicks) only selects; "Check" or
  // Enter submits, so browsing the options with the keyboard never gives the answer away.
  const [selected, setSelected] = useState<number | null>(choice);
  const [shownChoice, setShownChoice] = useState(choice);
  if (choice !== shownChoice) {
    // A stored answer arrived (after hydration) or was forgotten (retry): the radios follow it.
    setShownChoice(choice);
    setSelected(choice);
  }
  const feedback = choice === null ? null : feedbackFor(question, choice, wrongBefore);
  const solved = feedback?.correct === true;
  const canCheck = selected !== null && selected !== choice && !solved;
  const check = () => {
    if (canCheck) onCheck(selected);
  };
  const body =
    feedback === null
      ? null
      : feedback.kind === "hint"
        ? (typeset?.hints[choice ?? -1] ?? feedback.text)
        : (typeset?.explanation ?? feedback.text);
  return (
    <form
      data-testid={`self-check-${question.id}`}
      data-feedback={feedback?.kind ?? "none"}
      onSubmit={(e) => {
        e.preventDefault();
        check();
      }}
    >
      <fieldset
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          e.preventDefault();
          check();
        }}
      >
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
                checked={selected === i}
                disabled={solved && choice !== i}
                onChange={() => setSelected(i)}
                className="self-check-radio mt-1 accent-slate-900 dark:accent-slate-100"
              />
              <span>{option.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {!solved && (
          <button
            type="submit"
            disabled={!canCheck}
            className="inline-flex h-9 items-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Check
          </button>
        )}
        {feedback !== null && (
          <button
            type="button"
            onClick={onRetry}
            className="inline-flex h-9 items-center rounded-md px-2 text-sm text-slate-600 underline underline-offset-2 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
          >
            {solved ? "Try this question again" : "Start this question over"}
          </button>
        )}
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
        {feedback && (
          <>
            <strong>{feedback.verdict}</strong>{" "}
            {feedback.kind === "hint" && <span className="font-medium">Hint: </span>}
            {body}
            {feedback.kind === "hint" && " Pick another answer and check again."}
          </>
        )}
      </p>
    </form>
  );
}
