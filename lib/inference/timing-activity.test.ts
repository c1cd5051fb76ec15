import { describe, expect, it } from "vitest";
import { duringTiming, whenNoTiming } from "./timing-activity";

describe("whenNoTiming", () => {
  it("waits for a timing in flight to end, then for the quiet time", async () => {
    let release: () => void = () => undefined;
    const timing = duringTiming(() => new Promise<void>((r) => (release = r)));
    const events: string[] = [];
    const waited = whenNoTiming(30).then(() => events.push("quiet"));
    await new Promise((r) => setTimeout(r, 50));
    expect(events).toEqual([]); // still timing
    const t0 = performance.now();
    release();
    await timing;
    await waited;
    expect(events).toEqual(["quiet"]);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(25);
  });
  it("a failed timing counts as ended", async () => {
    await expect(duringTiming(() => Promise.reject(new Error("x")))).rejects.toThrow("x");
    await whenNoTiming(0);
  });
});
