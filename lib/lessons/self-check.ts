/** A lesson's closing self-check: a few multiple-choice questions, each with its own explanation. */
export interface SelfCheckOption {
  readonly text: string;
  readonly correct?: boolean;
}

export interface SelfCheckQuestion {
  readonly id: string;
  readonly prompt: string;
  readonly options: readonly SelfCheckOption[];
  /** Why the right answer is right; shown after any answer. */
  readonly explanation: string;
}

/** Exactly one correct option per question, or the feedback would lie. */
export function isWellFormed(q: SelfCheckQuestion): boolean {
  return q.options.length >= 2 && q.options.filter((o) => o.correct === true).length === 1;
}

/** The feedback a user sees after picking option `choice`. */
export function feedbackFor(
  q: SelfCheckQuestion,
  choice: number,
): { readonly correct: boolean; readonly message: string } {
  const correct = q.options[choice]?.correct === true;
  return { correct, message: `${correct ? "Correct." : "Not quite."} ${q.explanation}` };
}
