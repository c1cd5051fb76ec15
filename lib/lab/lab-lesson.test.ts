import { describe, expect, it } from "vitest";
import { formatRatio, labLessons } from "./lab-lesson";
import type { Measurement } from "./measurement";

function point(
  model: Measurement["model"],
  macs: number,
  runsMs: number[],
  extra: Partial<Measurement> = {},
): Measurement {
  const sorted = [...runsMs].sort((a, b) => a - b);
  return {
    key: `${model}@${extra.alpha ?? 1}x${extra.resolution ?? 224}/${extra.backend ?? "wasm"}`,
    model,
    version: model === "v1" ? 1 : model === "v2" ? 2 : 3,
    alpha: 1,
    resolution: 224,
    backend: "wasm",
    device: "WASM",
    softwareAdapter: false,
    macs,
    params: 1,
    graphParams: 1,
    graphBytes: 1,
    buildMs: 1,
    sessionMs: 1,
    firstRunMs: 1,
    warmUp: { state: "steady", runs: 6, ms: 6 },
    runsMs,
    medianMs: sorted[Math.floor(sorted.length / 2)] as number,
    opSplit: null,
    ...extra,
  };
}

// V1 1.0-224 has 568,740,352 MACs and V3-Small 1.0-224 about 59 M (engine counts, head included).
const V1 = point("v1", 568_740_352, [22, 22.5, 23]);
const V3S = point("v3-small", 59_000_000, [20, 20.2, 20.5]);
const V2 = point("v2", 300_774_272, [9.8, 10.1, 10.2]);

describe("labLessons", () => {
  it("says the real lesson: 9.6× fewer MACs but only 1.1× faster", () => {
    const [lesson] = labLessons([V1, V3S]);
    expect(lesson?.cheap.model).toBe("v3-small");
    expect(lesson?.costly.model).toBe("v1");
    expect(lesson?.sentence).toBe(
      "V3-Small needs 9.6× fewer MACs than V1 here but is only 1.1× faster.",
    );
    expect(lesson?.because).toMatch(
      /^Per multiply-add, V3-Small ran at \d\.\d GFLOP\/s and V1 at \d+\.\d GFLOP\/s\.$/,
    );
  });

  it("picks the pair whose MACs saving is furthest from its time saving", () => {
    // V3-Small vs V1: 9.6× MACs for 1.1× time (gap 8.7); vs V2: 5.1× MACs and 2× slower (gap 10.2).
    const [lesson] = labLessons([V1, V2, V3S]);
    expect(lesson?.sentence).toBe(
      "V3-Small needs 5.1× fewer MACs than V2 here but is 2.0× slower.",
    );
  });

  it("names α and resolution when they tell the points apart, and flags overlapping spreads", () => {
    const half = point("v2", 97_000_000, [10, 14, 18], { alpha: 0.5 });
    const full = point("v2", 300_774_272, [12, 15, 19]);
    const [lesson] = labLessons([half, full]);
    expect(lesson?.spreadsOverlap).toBe(true);
    expect(lesson?.sentence).toBe(
      "V2 α 0.5 needs 3.1× fewer MACs than V2 α 1 here but is only 1.1× faster.",
    );
    expect(lesson?.caution).toMatch(/^Their p10–p90 run ranges overlap/);
    expect(labLessons([V1, V3S])[0]?.caution).toBeNull();
  });

  it("says so when time did follow the MACs, and keeps backends apart", () => {
    const gpu = { backend: "webgpu" as const };
    const lessons = labLessons([
      point("v2", 300_000_000, [30, 30, 30], gpu),
      point("v1", 600_000_000, [58, 60, 62], gpu),
      V1,
    ]);
    expect(lessons).toHaveLength(1);
    expect(lessons[0]?.backend).toBe("webgpu");
    expect(lessons[0]?.sentence).toBe(
      "V2 needs 2.0× fewer MACs than V1 here and is 2.0× faster: here time followed the multiply-adds.",
    );
  });

  it("has nothing to say about points of about the same work", () => {
    expect(labLessons([V1, point("v1", 500_000_000, [20], { alpha: 0.9 })])).toEqual([]);
    expect(labLessons([V1])).toEqual([]);
    expect(formatRatio(12.4)).toBe("12×");
  });
});
