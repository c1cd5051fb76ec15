import { describe, expect, it } from "vitest";
import { knnPredict, l2Normalize } from "./knn";

const ex = (id: string, classIndex: number, v: number[]) => ({
  id,
  classIndex,
  embedding: l2Normalize(v),
});

describe("nearest neighbours", () => {
  const examples = [
    ex("a1", 0, [1, 0, 0]),
    ex("a2", 0, [0.9, 0.1, 0]),
    ex("b1", 1, [0, 1, 0]),
    ex("b2", 1, [0.1, 0.9, 0]),
    ex("c1", 2, [0, 0, 1]),
  ];

  it("votes with the 3 most similar photos by cosine, whatever the vector's length", () => {
    const r = knnPredict(Float32Array.from([10, 2, 0]), examples, 3);
    expect(r.voters.map((v) => v.id)).toEqual(["a2", "a1", "b2"]);
    expect(Array.from(r.probabilities)).toEqual([2 / 3, 1 / 3, 0].map(Math.fround));
    expect(r.voters[0]!.similarity).toBeGreaterThan(r.voters[2]!.similarity);
  });

  it("is unanimous next to a class and uses fewer voters when there are fewer photos", () => {
    expect(
      Array.from(knnPredict(Float32Array.from([0, 5, 0.1]), examples, 3).probabilities),
    ).toEqual([1 / 3, 2 / 3, 0].map(Math.fround));
    const two = knnPredict(Float32Array.from([1, 0, 0]), examples.slice(0, 2), 3);
    expect(two.voters).toHaveLength(2);
    expect(Array.from(two.probabilities)).toEqual([1, 0, 0]);
  });
});
