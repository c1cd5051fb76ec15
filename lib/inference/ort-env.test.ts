import { describe, expect, it } from "vitest";
import { wantedThreads } from "./ort-env";

describe("wantedThreads", () => {
  it("leaves half the cores to the page and the browser, at most 4 threads", () => {
    expect(wantedThreads(true, 2)).toBe(1);
    expect(wantedThreads(true, 4)).toBe(2);
    expect(wantedThreads(true, 6)).toBe(3);
    expect(wantedThreads(true, 16)).toBe(4);
    expect(wantedThreads(true, 1)).toBe(1);
  });
  it("is 1 without cross-origin isolation (no shared memory for threads)", () => {
    expect(wantedThreads(false, 8)).toBe(1);
  });
});
