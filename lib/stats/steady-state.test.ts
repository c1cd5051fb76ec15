import { describe, expect, it } from "vitest";
import type { SteadyRule } from "./steady-state";
import { warmUntilSteady, warmUpState, YOUNG_RUNTIME_MS, youngRuntimeRule } from "./steady-state";

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

describe("a young runtime (minMs)", () => {
  it("is not steady, nor capped by the run count, before minMs of warm-up", () => {
    const young: SteadyRule = { ...RULE, minMs: 300 };
    const flat = Array.from({ length: 14 }, () => 20); // 280 ms, past maxRuns 12
    expect(warmUpState(flat, RULE)).toBe("steady");
    expect(warmUpState(flat, young)).toBe("warming");
    expect(warmUpState([...flat, 20], young)).toBe("steady");
  });
  it("counts the run cap from where the minimum ended, so a long minimum is not called capped", () => {
    const young: SteadyRule = { ...RULE, minMs: 300 };
    const falling = [...Array.from({ length: 15 }, () => 20), 30, 26, 22, 19, 17, 15];
    expect(warmUpState(falling, young)).toBe("warming"); // 6 runs after the minimum, still falling
    const longer = [...falling, ...Array.from({ length: 6 }, (_, i) => 14 - i)];
    expect(warmUpState(longer, young)).toBe("capped"); // 12 runs after it: the cap
  });
  it("is still capped by the time budget", () => {
    expect(warmUpState([900, 150], { ...RULE, minMs: 5000 })).toBe("capped");
  });
  it("youngRuntimeRule asks for what the runtime still lacks of YOUNG_RUNTIME_MS, then nothing", () => {
    expect(youngRuntimeRule(RULE, 0).minMs).toBe(YOUNG_RUNTIME_MS);
    expect(youngRuntimeRule(RULE, YOUNG_RUNTIME_MS - 400).minMs).toBe(400);
    expect(youngRuntimeRule(RULE, YOUNG_RUNTIME_MS)).toBe(RULE);
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
