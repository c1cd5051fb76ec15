import { describe, expect, it } from "vitest";
import { revealDelta, unionBand } from "./reveal";

const view = { top: 64, bottom: 780 };

describe("revealDelta", () => {
  it("leaves a visible target alone", () => {
    expect(revealDelta({ top: 100, bottom: 400 }, view)).toBe(0);
  });
  it("scrolls down just enough for a target below the room", () => {
    expect(revealDelta({ top: 900, bottom: 1000 }, view)).toBe(220);
  });
  it("scrolls up to a target above the room", () => {
    expect(revealDelta({ top: -300, bottom: -100 }, view)).toBe(-364);
  });
  it("lines up the top of a target taller than the room", () => {
    expect(revealDelta({ top: 500, bottom: 1500 }, view)).toBe(436);
  });
});

describe("unionBand", () => {
  it("spans every band, or is null for none", () => {
    expect(
      unionBand([
        { top: 10, bottom: 20 },
        { top: 5, bottom: 12 },
      ]),
    ).toEqual({ top: 5, bottom: 20 });
    expect(unionBand([])).toBeNull();
  });
});
