/**
 * A learner's lesson progress as plain data: which lessons were opened and the last answer to each
 * self-check question. Pure (the component stores it in localStorage); parsing never throws, because a
 * hand-edited or older entry must not break a lesson page.
 */
import type { SelfCheckQuestion } from "./self-check";

export interface StoredAnswer {
  /** Index of the picked option. */
  readonly choice: number;
  /** Whether that pick was right when it was made. */
  readonly correct: boolean;
  /** Deliberate wrong picks made before this one (0 → a wrong pick shows its hint, more → the explanation). */
  readonly wrongBefore: number;
  /**
   * False when the pick came from arrowing through the options (a radio group checks each option the
   * keyboard passes): it shows that option's feedback but is not counted as a try.
   */
  readonly deliberate: boolean;
}

export interface LessonProgress {
  readonly visited: readonly string[];
  /** slug → question id → last answer. */
  readonly answers: Readonly<Record<string, Readonly<Record<string, StoredAnswer>>>>;
}

export const EMPTY_PROGRESS: LessonProgress = { visited: [], answers: {} };

export const PROGRESS_STORAGE_KEY = "mobilenet-lab:lesson-progress:v1";

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function parseAnswer(v: unknown): StoredAnswer | null {
  if (!isRecord(v)) return null;
  const { choice, correct, wrongBefore, deliberate } = v;
  if (!Number.isInteger(choice) || (choice as number) < 0 || typeof correct !== "boolean")
    return null;
  const wrong = Number.isInteger(wrongBefore) && (wrongBefore as number) >= 0 ? wrongBefore : 0;
  return {
    choice: choice as number,
    correct,
    wrongBefore: wrong as number,
    deliberate: deliberate !== false,
  };
}

/** Reads stored JSON; anything malformed is dropped (field by field), never thrown. */
export function parseProgress(raw: string | null): LessonProgress {
  let data: unknown;
  try {
    data = raw === null ? null : JSON.parse(raw);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (!isRecord(data)) return EMPTY_PROGRESS;
  const visited = Array.isArray(data.visited)
    ? data.visited.filter((s): s is string => typeof s === "string")
    : [];
  const answers: Record<string, Record<string, StoredAnswer>> = {};
  if (isRecord(data.answers)) {
    for (const [slug, byQuestion] of Object.entries(data.answers)) {
      if (!isRecord(byQuestion)) continue;
      for (const [id, value] of Object.entries(byQuestion)) {
        const answer = parseAnswer(value);
        if (answer) answers[slug] = { ...answers[slug], [id]: answer };
      }
    }
  }
  return { visited: [...new Set(visited)], answers };
}

export function withVisit(p: LessonProgress, slug: string): LessonProgress {
  return p.visited.includes(slug) ? p : { ...p, visited: [...p.visited, slug] };
}

/**
 * Records a pick; a deliberate wrong previous pick counts towards `wrongBefore`, so the second wrong
 * try explains. Picks made by arrowing through the options (`deliberate: false`) never count.
 */
export function withAnswer(
  p: LessonProgress,
  slug: string,
  questionId: string,
  choice: number,
  correct: boolean,
  deliberate = true,
): LessonProgress {
  const previous = p.answers[slug]?.[questionId];
  const counted = previous !== undefined && previous.deliberate && !previous.correct;
  const wrongBefore = (previous?.wrongBefore ?? 0) + (counted ? 1 : 0);
  return {
    visited: p.visited.includes(slug) ? p.visited : [...p.visited, slug],
    answers: {
      ...p.answers,
      [slug]: { ...p.answers[slug], [questionId]: { choice, correct, wrongBefore, deliberate } },
    },
  };
}

/**
 * Forgets the stored answers to `questionIds` of lesson `slug` (all of them when omitted), so the
 * learner can try the questions afresh: the next wrong pick gets its hint again.
 */
export function withoutAnswers(
  p: LessonProgress,
  slug: string,
  questionIds?: readonly string[],
): LessonProgress {
  const current = p.answers[slug];
  if (!current) return p;
  const kept = questionIds
    ? Object.fromEntries(Object.entries(current).filter(([id]) => !questionIds.includes(id)))
    : {};
  return { ...p, answers: { ...p.answers, [slug]: kept } };
}

export interface LessonStatus {
  readonly visited: boolean;
  /** Questions answered right (judged against today's questions, not the stored flag). */
  readonly correct: number;
  readonly total: number;
  /** Every self-check question answered right. */
  readonly done: boolean;
}

export function lessonStatus(
  p: LessonProgress,
  slug: string,
  questions: readonly SelfCheckQuestion[],
): LessonStatus {
  const answers = p.answers[slug] ?? {};
  const correct = questions.filter((q) => {
    const a = answers[q.id];
    return a !== undefined && q.options[a.choice]?.correct === true;
  }).length;
  return {
    visited: p.visited.includes(slug),
    correct,
    total: questions.length,
    done: questions.length > 0 && correct === questions.length,
  };
}

/** "Not started" / "Opened · 1 of 3 self-check answers right" / "Done · 3 of 3 …". */
export function statusText(s: LessonStatus): string {
  if (!s.visited && s.correct === 0) return "Not started";
  const answers = `${s.correct} of ${s.total} self-check answers right`;
  return s.done ? `Done · ${answers}` : `Opened · ${answers}`;
}
