import { describe, expect, it } from "vitest";
import { mostlyVisible, VISIBILITY_THRESHOLDS } from "./autoplay-visibility";

describe("mostlyVisible", () => {
  it("waits until most of a diagram shorter than the window is on screen", () => {
    // The old trigger: 40 px of a 500 px player peeking in.
    expect(mostlyVisible(40, 500, 900)).toBe(false);
    expect(mostlyVisible(290, 500, 900)).toBe(false);
    expect(mostlyVisible(300, 500, 900)).toBe(true);
    expect(mostlyVisible(500, 500, 900)).toBe(true);
  });

  it("counts a diagram taller than the window as shown when it fills most of the window", () => {
    // A phone's vertical diagram: 1400 px in an 844 px window can never be 60 % visible itself.
    expect(mostlyVisible(844, 1400, 844)).toBe(true);
    expect(mostlyVisible(400, 1400, 844)).toBe(false);
  });

  it("never for nothing", () => {
    expect(mostlyVisible(0, 0, 900)).toBe(false);
    expect(mostlyVisible(0, 300, 0)).toBe(false);
  });

  it("observes in 5 % steps from 0 to 1", () => {
    expect(VISIBILITY_THRESHOLDS[0]).toBe(0);
    expect(VISIBILITY_THRESHOLDS.at(-1)).toBe(1);
    expect(VISIBILITY_THRESHOLDS).toHaveLength(21);
  });
});
