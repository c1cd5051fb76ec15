import { describe, expect, it } from "vitest";
import { spreadOf } from "./spread";
import { formatLatency, spreadText, warmUpText } from "./spread-text";

describe("spreadText", () => {
  it("gives p10–p90 with one unit and the run count", () => {
    // p10 of 10..20 step 1 (11 values) = 11, p90 = 19
    const runs = Array.from({ length: 11 }, (_, i) => 10 + i);
    expect(spreadText(spreadOf(runs))).toBe("p10–p90 11.0–19.0 ms · 11 runs");
  });
  it("says only the count for a single run, and switches to seconds for slow runs", () => {
    expect(spreadText(spreadOf([15]))).toBe("1 run");
    expect(spreadText(spreadOf([900, 1500]))).toBe("p10–p90 960 ms–1.44 s · 2 runs");
  });
});

describe("formatLatency and warmUpText", () => {
  it("keeps two decimals under 10 ms and one under a second", () => {
    expect(formatLatency(8.456)).toBe("8.46 ms");
    expect(formatLatency(84.56)).toBe("84.6 ms");
    expect(formatLatency(2400)).toBe("2.40 s");
  });
  it("says plainly when warm-up was capped", () => {
    expect(warmUpText({ state: "steady", runs: 9, ms: 300 })).toBe(
      "timed after 9 warm-up runs, once times were steady",
    );
    expect(warmUpText({ state: "capped", runs: 3, ms: 7200 })).toMatch(/^not steady/);
  });
});
