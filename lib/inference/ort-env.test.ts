import { describe, expect, it } from "vitest";
import { wantedThreads } from "./ort-env";

describe("wantedThreads", () => {
  it("uses every core, at most 4 threads", () => {
    expect(wantedThreads(true, 2)).toBe(2);
    expect(wantedThreads(true, 3)).toBe(3);
    expect(wantedThreads(true, 16)).toBe(4);
    expect(wantedThreads(true, 1)).toBe(1);
  });
  it("is 1 without cross-origin isolation (no shared memory for threads)", () => {
    expect(wantedThreads(false, 8)).toBe(1);
  });
});
