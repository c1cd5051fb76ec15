import { describe, expect, it } from "vitest";
import { areaSquare, shrinkSquare } from "./shrink-square";

describe("shrinkSquare", () => {
  it("α = 0.5 halves both sides of a pointwise weight matrix: a quarter of the area", () => {
    const s = shrinkSquare(0.5, 0.5, 80);
    expect(s.scaled.width * s.scaled.height).toBe(0.25 * s.reference.width * s.reference.height);
    // Same bottom-left corner.
    expect(s.scaled.x).toBe(s.reference.x);
    expect(s.scaled.y + s.scaled.height).toBe(s.reference.y + s.reference.height);
  });

  it("ρ > 1 (320 px) grows past the reference and the box makes room", () => {
    const s = shrinkSquare(320 / 224, 320 / 224, 80);
    expect(s.scaled.width).toBeCloseTo(114.29, 2);
    expect(s.box).toBeGreaterThan(s.scaled.width);
    expect(s.scaled.y).toBeGreaterThanOrEqual(0);
  });

  it("an area fraction is a square of side √f", () => {
    const s = areaSquare(0.262, 100);
    expect((s.scaled.width * s.scaled.height) / 1e4).toBeCloseTo(0.262, 9);
  });
});
