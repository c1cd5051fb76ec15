import { describe, expect, it } from "vitest";
import { durationMs, mayAutoPlay, MOTION_MS, parseSpeed } from "./motion";

describe("durationMs(name, prefs)", () => {
  it("is 0 for every transition under reduced motion", () => {
    expect(durationMs("sweep", { reducedMotion: true, speed: 1 })).toBe(0);
    expect(durationMs("fill", { reducedMotion: true, speed: 2 })).toBe(0);
  });
  it("keeps the stage dwell under reduced motion (a pressed Play still steps, frame by frame)", () => {
    expect(durationMs("stageDwell", { reducedMotion: true, speed: 1 })).toBe(MOTION_MS.stageDwell);
  });
  it("scales by 1/speed", () => {
    expect(durationMs("sweep", { reducedMotion: false, speed: 2 })).toBe(MOTION_MS.sweep / 2);
    expect(durationMs("stageDwell", { reducedMotion: false, speed: 0.5 })).toBe(
      MOTION_MS.stageDwell * 2,
    );
  });
});

describe("mayAutoPlay / parseSpeed", () => {
  it("never auto-plays under reduced motion", () => {
    expect(mayAutoPlay({ reducedMotion: true })).toBe(false);
    expect(mayAutoPlay({ reducedMotion: false })).toBe(true);
  });
  it("accepts only the offered speeds", () => {
    expect(parseSpeed("2")).toBe(2);
    expect(parseSpeed("0.5")).toBe(0.5);
    expect(parseSpeed("3")).toBe(1);
    expect(parseSpeed("abc")).toBe(1);
  });
});
