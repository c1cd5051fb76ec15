import { describe, expect, it } from "vitest";
import { LESSONS } from "./catalog";
import { feedbackFor, isWellFormed } from "./self-check";
import { SELF_CHECKS } from "./self-check-questions";

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

  it("feedback says whether the pick was right and always explains", () => {
    const q = SELF_CHECKS["depthwise-separable"]?.[0];
    if (!q) throw new Error("missing question");
    const right = q.options.findIndex((o) => o.correct === true);
    expect(feedbackFor(q, right)).toEqual({ correct: true, message: `Correct. ${q.explanation}` });
    expect(feedbackFor(q, right === 0 ? 1 : 0).message).toMatch(/^Not quite\. .*1\/256 \+ 1\/9/);
  });
});
