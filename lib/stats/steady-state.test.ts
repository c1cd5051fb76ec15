import { describe, expect, it } from "vitest";
import type { SteadyRule } from "./steady-state";
import { warmUntilSteady, warmUpState } from "./steady-state";

const RULE: SteadyRule = { window: 3, tolerance: 0.05, maxRuns: 12, budgetMs: 1000 };

describe("warmUpState", () => {
  it("keeps warming while fewer than two windows ran", () => {
    expect(warmUpState([20, 20, 20, 20, 20], RULE)).toBe("warming");
  });
  it("is steady once the last window's median is within the tolerance of the previous one's", () => {
    // medians 20 and 20.5: +2.5 %
    expect(warmUpState([19, 20, 22, 21, 20.5, 19], RULE)).toBe("steady");
  });
  it("keeps warming while times still fall (baseline code being replaced by optimised code)", () => {
    // medians 90 and 40
    expect(warmUpState([120, 90, 80, 45, 40, 38], RULE)).toBe("warming");
  });
  it("stops at the run cap or the time budget and says so", () => {
    const falling = Array.from({ length: 12 }, (_, i) => 60 - 4 * i);
    expect(warmUpState(falling, RULE)).toBe("capped");
    expect(warmUpState([900, 150], RULE)).toBe("capped");
  });
});

describe("warmUntilSteady", () => {
  it("runs a cold-then-warm sequence until it settles and counts the runs", async () => {
    const times = [300, 120, 80, 40, 21, 20, 20, 20, 20, 20];
    let i = 0;
    const warm = await warmUntilSteady(async () => times[i++] ?? 20, RULE);
    // windows [40 21 20] vs [20 20 20]: medians 21 → 20 (4.8 %) after 9 runs
    expect(warm).toEqual({ state: "steady", runs: 9, ms: 300 + 120 + 80 + 40 + 21 + 20 * 4 });
  });
  it("gives way when asked, before the next run", async () => {
    let runs = 0;
    const warm = await warmUntilSteady(
      async () => {
        runs += 1;
        return 50;
      },
      RULE,
      () => runs >= 2,
    );
    expect(warm).toEqual({ state: "interrupted", runs: 2, ms: 100 });
  });
});
