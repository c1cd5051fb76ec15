import { describe, expect, it } from "vitest";
import { gflopsPerSecond, median, softmax, topK } from "./postprocess";

describe("softmax", () => {
  it("softmax([0, ln 3]) = [0.25, 0.75]", () => {
    const p = softmax([0, Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 6);
    expect(p[1]).toBeCloseTo(0.75, 6);
  });
  it("does not overflow on large logits and sums to 1", () => {
    const p = softmax([1000, 1000, 990]);
    expect(p[0]).toBeCloseTo(p[1] ?? 0, 9);
    expect(Array.from(p).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(Array.from(p).every(Number.isFinite)).toBe(true);
  });
  it("is empty for no logits", () => {
    expect(softmax([]).length).toBe(0);
  });
});

describe("topK", () => {
  it("returns the k best, best first, ties by lower index", () => {
    expect(topK([0.1, 0.5, 0.2, 0.5, 0.05], 3)).toEqual([
      { index: 1, probability: 0.5 },
      { index: 3, probability: 0.5 },
      { index: 2, probability: 0.2 },
    ]);
  });
  it("k larger than the list returns everything sorted", () => {
    expect(topK([0.3, 0.7], 5).map((p) => p.index)).toEqual([1, 0]);
  });
  it("skips NaN scores", () => {
    expect(topK([Number.NaN, 0.2], 1)).toEqual([{ index: 1, probability: 0.2 }]);
  });
  it("top-5 of 1000 softmaxed logits picks the planted maximum", () => {
    const logits = Array.from({ length: 1000 }, (_, i) => Math.sin(i));
    logits[340] = 9;
    const top = topK(softmax(logits), 5);
    expect(top[0]?.index).toBe(340);
    expect(top).toHaveLength(5);
  });
});

describe("median and gflopsPerSecond", () => {
  it("median of odd and even lists", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });
  it("V2's 300.8 M MACs in 10 ms = 60.2 GFLOP/s", () => {
    expect(gflopsPerSecond(300_774_272, 10)).toBeCloseTo(60.15, 2);
  });
});
