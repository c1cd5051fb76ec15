import { describe, expect, it } from "vitest";
import { LESSONS } from "./catalog";
import { feedbackFor, isWellFormed } from "./self-check";
import { SELF_CHECKS, lessonOfQuestions } from "./self-check-questions";

describe("lesson self-checks", () => {
  it.each(LESSONS.map((l) => l.slug))(
    "%s has 2–3 questions, each with exactly one right answer",
    (slug) => {
      const questions = SELF_CHECKS[slug] ?? [];
      expect(questions.length).toBeGreaterThanOrEqual(2);
      expect(questions.length).toBeLessThanOrEqual(3);
      for (const q of questions) expect(isWellFormed(q)).toBe(true);
      expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    },
  );

  it("has no self-check for a lesson that does not exist", () => {
    const slugs = new Set(LESSONS.map((l) => l.slug));
    expect(Object.keys(SELF_CHECKS).filter((s) => !slugs.has(s))).toEqual([]);
  });

  it("a first wrong pick gets the hint for that option, a second the explanation, a right one explains", () => {
    const q = SELF_CHECKS["depthwise-separable"]?.[0];
    if (!q) throw new Error("missing question");
    const right = q.options.findIndex((o) => o.correct === true);
    const wrong = q.options.findIndex((o) => o.text === "About 256×");
    expect(feedbackFor(q, right)).toEqual({
      kind: "correct",
      correct: true,
      verdict: "Correct.",
      text: q.explanation,
    });
    const hint = feedbackFor(q, wrong, 0);
    expect(hint.kind).toBe("hint");
    expect(hint.text).toMatch(/only one of the two terms/);
    expect(hint.text).not.toBe(q.explanation);
    const second = feedbackFor(q, wrong, 1);
    expect(second).toMatchObject({ kind: "explanation", verdict: "Not quite." });
    expect(second.text).toContain("$1/N + 1/D_K^2 = 1/256 + 1/9");
  });

  it("a question with a wrong option that has no hint is not well formed", () => {
    expect(
      isWellFormed({
        id: "x",
        prompt: "?",
        options: [{ text: "a", correct: true }, { text: "b" }],
        explanation: "because",
      }),
    ).toBe(false);
  });

  it("finds the lesson a question list belongs to, so answers are stored per lesson", () => {
    for (const [slug, questions] of Object.entries(SELF_CHECKS))
      expect(lessonOfQuestions(questions)).toBe(slug);
    expect(lessonOfQuestions([])).toBeNull();
  });
});
