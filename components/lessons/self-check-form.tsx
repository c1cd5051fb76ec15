"use client";

import type { ReactNode } from "react";
import { useEffect, useId, useRef } from "react";
import { useLessonProgress } from "@/components/hooks/use-lesson-progress";
import { lessonStatus, statusText, withAnswer, withVisit } from "@/lib/lessons/progress";
import type { SelfCheckQuestion } from "@/lib/lessons/self-check";
import { feedbackFor } from "@/lib/lessons/self-check";

/** A question's hints (per option) and explanation, already typeset on the server. */
export interface TypesetFeedback {
  readonly explanation: ReactNode;
  readonly hints: readonly ReactNode[];
}

/**
 * The self-check's questions: a first wrong pick gets a hint aimed at it, a second the explanation.
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
                onPick={(choice, deliberate) => {
                  if (!lesson) return;
                  const correct = q.options[choice]?.correct === true;
                  update((p) => withAnswer(p, lesson, q.id, choice, correct, deliberate));
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
          {statusText(status)}. Your answers are kept in this browser only.
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
  onPick,
}: {
  readonly question: SelfCheckQuestion;
  readonly number: number;
  readonly typeset: TypesetFeedback | undefined;
  readonly choice: number | null;
  readonly wrongBefore: number;
  /** `deliberate` is false when the arrow keys moved the check (browsing the options). */
  readonly onPick: (choice: number, deliberate: boolean) => void;
}) {
  const name = useId();
  // A radio group checks every option the arrow keys pass; those picks are browsing, not tries.
  const arrowed = useRef(false);
  const feedback = choice === null ? null : feedbackFor(question, choice, wrongBefore);
  const body =
    feedback === null
      ? null
      : feedback.kind === "hint"
        ? (typeset?.hints[choice ?? -1] ?? feedback.text)
        : (typeset?.explanation ?? feedback.text);
  return (
    <fieldset
      data-testid={`self-check-${question.id}`}
      data-feedback={feedback?.kind ?? "none"}
      onKeyDown={(e) => {
        arrowed.current = e.key.startsWith("Arrow");
      }}
      onPointerDown={() => {
        arrowed.current = false;
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
              checked={choice === i}
              onChange={() => {
                onPick(i, !arrowed.current);
                arrowed.current = false;
              }}
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
        {feedback && (
          <>
            <strong>{feedback.verdict}</strong>{" "}
            {feedback.kind === "hint" && <span className="font-medium">Hint: </span>}
            {body}
            {feedback.kind === "hint" && " Try again."}
          </>
        )}
      </p>
    </fieldset>
  );
}
