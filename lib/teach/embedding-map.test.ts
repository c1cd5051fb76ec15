import { describe, expect, it } from "vitest";
import { compareSentence } from "./compare-sentence";
import { PCA } from "ml-pca";
import { mulberry32 } from "@/lib/onnx/seeded-random";
import { fitEmbeddingMap } from "./embedding-map";

describe("embedding map", () => {
  it("puts two separated groups apart on the first axis, which explains most variance", () => {
    const a = [0, 1, 2].map((i) => Float32Array.from([10 + i * 0.1, 0, i * 0.1, 0]));
    const b = [0, 1, 2].map((i) => Float32Array.from([-10 - i * 0.1, 0, i * 0.1, 0]));
    const map = fitEmbeddingMap([...a, ...b])!;
    const xs = map.points.map((p) => p[0]);
    expect(Math.sign(xs[0]!)).toBe(Math.sign(xs[1]!));
    expect(Math.sign(xs[0]!)).not.toBe(Math.sign(xs[3]!));
    expect(map.explained[0]).toBeGreaterThan(0.99);
    expect(Math.sign(map.place(Float32Array.from([10, 0, 0, 0]))[0])).toBe(Math.sign(xs[0]!));
    expect(fitEmbeddingMap(a.slice(0, 2))).toBeNull();
  });

  it("places a new photo where ml-pca's own projection puts it, without fitting again", () => {
    const rand = mulberry32(5);
    const inputs = Array.from({ length: 12 }, () =>
      Float32Array.from({ length: 16 }, () => rand() - 0.5),
    );
    const query = Float32Array.from({ length: 16 }, () => rand() - 0.5);
    const fitted = fitEmbeddingMap(inputs)!;
    const pca = new PCA(
      inputs.map((v) => Array.from(v)),
      { center: true, scale: false },
    );
    const [expected] = pca.predict([Array.from(query)], { nComponents: 2 }).to2DArray();
    const placed = fitted.place(query);
    expect(placed[0]).toBeCloseTo(expected![0]!, 9);
    expect(placed[1]).toBeCloseTo(expected![1]!, 9);
    const [firstExpected] = pca.predict([Array.from(inputs[0]!)], { nComponents: 2 }).to2DArray();
    expect(fitted.points[0]![0]).toBeCloseTo(firstExpected![0]!, 9);
  });
});

describe("comparison sentence", () => {
  const row = (name: string, accuracy: number, macs: number, embedMs: number) => ({
    modelId: name,
    name,
    accuracy,
    validationPhotos: 6,
    macs,
    params: 1,
    embedMs,
    width: 1024,
  });
  it("names the cheapest backbone among the most accurate, from the rows", () => {
    const s = compareSentence([
      row("A", 1, 300e6, 20),
      row("B", 1, 56e6, 8),
      row("C", 0.5, 200e6, 9),
    ]);
    expect(s).toMatch(
      /^B gets the most held-out photos right \(100 % of 6\) at 56 M MACs, against 50 %/,
    );
    expect(s).toMatch(/it is also the fastest here, 8.0 ms/);
    expect(s).toMatch(/only 6 held-out photos/);
    expect(compareSentence([row("A", 1, 300e6, 20), row("B", 1, 56e6, 30)])).toMatch(
      /^Every backbone gets 100 % .* B \(56 M MACs\)/,
    );
  });
});
