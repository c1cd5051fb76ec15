/** A lesson's closing self-check: a few multiple-choice questions, each with its own explanation. */
export interface SelfCheckOption {
  readonly text: string;
  readonly correct?: boolean;
  /**
   * For a wrong option: a nudge aimed at the mistake behind it, shown on the first wrong try (the full
   * explanation comes on the second, so a learner gets a chance to find the answer). `$…$` is TeX.
   */
  readonly hint?: string;
}

export interface SelfCheckQuestion {
  readonly id: string;
  readonly prompt: string;
  readonly options: readonly SelfCheckOption[];
  /** Why the right answer is right; shown after a right answer or a second wrong one. `$…$` is TeX. */
  readonly explanation: string;
}

/** Exactly one correct option per question, and a hint on every wrong one, or the feedback would lie. */
export function isWellFormed(q: SelfCheckQuestion): boolean {
  return (
    q.options.length >= 2 &&
    q.options.filter((o) => o.correct === true).length === 1 &&
    q.options.every((o) => o.correct === true || (o.hint ?? "").trim().length > 0)
  );
}

export type FeedbackKind = "correct" | "hint" | "explanation";

export interface Feedback {
  readonly kind: FeedbackKind;
  readonly correct: boolean;
  /** "Correct." / "Not quite." */
  readonly verdict: string;
  /** The hint or explanation that follows the verdict (may contain `$…$` TeX). */
  readonly text: string;
}

/**
 * The feedback after picking option `choice`, given how many wrong picks came before it on this
 * question. A first wrong pick gets the hint aimed at that option; any later wrong pick gets the full
 * explanation; a right pick always gets the explanation.
 */
export function feedbackFor(q: SelfCheckQuestion, choice: number, wrongBefore = 0): Feedback {
  const option = q.options[choice];
  if (option?.correct === true)
    return { kind: "correct", correct: true, verdict: "Correct.", text: q.explanation };
  if (wrongBefore === 0 && option?.hint)
    return { kind: "hint", correct: false, verdict: "Not quite.", text: option.hint };
  return { kind: "explanation", correct: false, verdict: "Not quite.", text: q.explanation };
}
