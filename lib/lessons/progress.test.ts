import { describe, expect, it } from "vitest";
import {
  EMPTY_PROGRESS,
  lessonStatus,
  parseProgress,
  statusText,
  withAnswer,
  withVisit,
  withoutAnswers,
} from "./progress";
import { SELF_CHECKS } from "./self-check-questions";

const QUESTIONS = SELF_CHECKS["depthwise-separable"] ?? [];
const rightOf = (i: number) => QUESTIONS[i]?.options.findIndex((o) => o.correct === true) ?? -1;
const wrongOf = (i: number) => QUESTIONS[i]?.options.findIndex((o) => o.correct !== true) ?? -1;

describe("lesson progress", () => {
  it("counts wrong picks so the second wrong try is told the explanation", () => {
    let p = withAnswer(EMPTY_PROGRESS, "depthwise-separable", "ratio", wrongOf(0), false);
    expect(p.answers["depthwise-separable"]?.ratio?.wrongBefore).toBe(0);
    p = withAnswer(p, "depthwise-separable", "ratio", wrongOf(0) + 1, false);
    expect(p.answers["depthwise-separable"]?.ratio?.wrongBefore).toBe(1);
    p = withAnswer(p, "depthwise-separable", "ratio", rightOf(0), true);
    expect(p.answers["depthwise-separable"]?.ratio).toEqual({
      choice: rightOf(0),
      correct: true,
      wrongBefore: 2,
      deliberate: true,
    });
    expect(p.visited).toEqual(["depthwise-separable"]);
  });

  it("arrowing through the options (keyboard) shows each option's feedback but never counts a try", () => {
    let p = withAnswer(EMPTY_PROGRESS, "depthwise-separable", "ratio", 0, false, false);
    p = withAnswer(p, "depthwise-separable", "ratio", 2, false, false);
    expect(p.answers["depthwise-separable"]?.ratio?.wrongBefore).toBe(0);
    // A deliberate wrong pick (click, tap, Space) after browsing counts once.
    p = withAnswer(p, "depthwise-separable", "ratio", 0, false, true);
    p = withAnswer(p, "depthwise-separable", "ratio", 2, false, false);
    expect(p.answers["depthwise-separable"]?.ratio?.wrongBefore).toBe(1);
  });

  it("a lesson is done when every question is answered right", () => {
    let p = withVisit(EMPTY_PROGRESS, "depthwise-separable");
    expect(statusText(lessonStatus(p, "depthwise-separable", QUESTIONS))).toBe(
      "Opened · 0 of 3 self-check answers right",
    );
    QUESTIONS.forEach((q, i) => {
      p = withAnswer(p, "depthwise-separable", q.id, rightOf(i), true);
    });
    const s = lessonStatus(p, "depthwise-separable", QUESTIONS);
    expect(s).toEqual({ visited: true, correct: 3, total: 3, done: true });
    expect(statusText(s)).toBe("Done · 3 of 3 self-check answers right");
    expect(statusText(lessonStatus(EMPTY_PROGRESS, "why-efficient", []))).toBe("Not started");
  });

  it("survives a round trip through JSON and ignores garbage", () => {
    const p = withAnswer(EMPTY_PROGRESS, "depthwise-separable", "ratio", rightOf(0), true);
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
    expect(parseProgress(null)).toEqual(EMPTY_PROGRESS);
    expect(parseProgress("{not json")).toEqual(EMPTY_PROGRESS);
    expect(parseProgress("[1,2]")).toEqual(EMPTY_PROGRESS);
    expect(
      parseProgress(
        JSON.stringify({
          visited: ["a", 3, "a"],
          answers: { a: { q: { choice: -1, correct: true }, r: { choice: 1, correct: false } } },
        }),
      ),
    ).toEqual({
      visited: ["a"],
      answers: { a: { r: { choice: 1, correct: false, wrongBefore: 0, deliberate: true } } },
    });
  });

  it("judges a stored pick against today's questions", () => {
    const p = withAnswer(EMPTY_PROGRESS, "depthwise-separable", "ratio", wrongOf(0), true);
    expect(lessonStatus(p, "depthwise-separable", QUESTIONS).correct).toBe(0);
  });
});

describe("withoutAnswers", () => {
  it("forgets one question's answer, so its next wrong pick gets the hint again", () => {
    let p = withAnswer(EMPTY_PROGRESS, "l", "a", 0, false);
    p = withAnswer(p, "l", "a", 1, false);
    p = withAnswer(p, "l", "b", 2, true);
    expect(p.answers.l?.a?.wrongBefore).toBe(1);
    const retried = withoutAnswers(p, "l", ["a"]);
    expect(retried.answers.l?.a).toBeUndefined();
    expect(retried.answers.l?.b?.choice).toBe(2);
    expect(withAnswer(retried, "l", "a", 0, false).answers.l?.a?.wrongBefore).toBe(0);
    expect(withoutAnswers(p, "l").answers.l).toEqual({});
    expect(withoutAnswers(p, "other")).toBe(p);
  });
});
