import { describe, expect, it } from "vitest";
import { formatBytes, startupWaterfall, type WorkerStartupReport } from "./waterfall";

/** A cold visit as the worker reports it: its clock starts 100 ms after the page's. */
function coldReport(overrides: Partial<WorkerStartupReport> = {}): WorkerStartupReport {
  return {
    timeOrigin: 1_000_100,
    spans: {
      "runtime-download": { start: 0, end: 400 },
      "runtime-compile": { start: 400, end: 700 },
      model: { start: 5, end: 650 },
      session: { start: 700, end: 820 },
      "first-run": { start: 820, end: 870 },
      "photo-decode": { start: 300, end: 340 },
      "photo-run": { start: 875, end: 900 },
    },
    runtimeTransferBytes: 3_700_000,
    runtimeBytes: 14_000_000,
    modelFromCache: false,
    modelBytes: 13_900_000,
    backend: "wasm",
    warmUpRuns: null,
    ...overrides,
  };
}

const page = { timeOrigin: 1_000_000, photoChosenAt: 250, shownAt: 1_010 };

describe("startupWaterfall", () => {
  it("puts the worker's spans on the page's clock, in the order a visit meets them", () => {
    const w = startupWaterfall(coldReport(), page);
    expect(w.phases.map((p) => p.id)).toEqual([
      "page",
      "runtime-download",
      "runtime-compile",
      "model",
      "photo-decode",
      "session",
      "first-run",
      "photo-run",
      "shown",
    ]);
    const at = (id: string) => w.phases.find((p) => p.id === id)!;
    expect(at("page")).toMatchObject({ start: 0, end: 100, ms: 100 });
    expect(at("runtime-download")).toMatchObject({ start: 100, end: 500, ms: 400 });
    expect(at("photo-decode")).toMatchObject({ start: 400, end: 440 });
    expect(at("shown")).toMatchObject({ start: 1_000, end: 1_010, ms: 10 });
  });

  it("counts each moment of the wait once: overlapping work adds only what is new", () => {
    const w = startupWaterfall(coldReport(), page);
    const at = (id: string) => w.phases.find((p) => p.id === id)!;
    // The model downloads while the runtime downloads and compiles: it adds nothing to the wait.
    expect(at("model").ms).toBeCloseTo(645);
    expect(at("model").addedMs).toBe(0);
    expect(at("photo-decode").addedMs).toBe(0);
    // Every ms of the 1,010 is in some phase but the 5 ms between the first run and the photo's.
    expect(w.explainedMs).toBeCloseTo(1_005);
    expect(w.firstPredictionMs).toBe(1_010);
  });

  it("leaves gaps unexplained instead of inventing a phase for them", () => {
    const spans = { ...coldReport().spans };
    delete spans.session;
    const w = startupWaterfall(coldReport({ spans }), page);
    expect(w.phases.some((p) => p.id === "session")).toBe(false);
    expect(w.explainedMs).toBeCloseTo(1_005 - 120);
  });

  it("shows the wait for a photo picked after the model was ready, and a warm-up after the top-5", () => {
    const report = coldReport({
      spans: {
        ...coldReport().spans,
        "photo-decode": { start: 2_900, end: 2_950 },
        "photo-run": { start: 2_950, end: 2_975 },
        "warm-up": { start: 2_990, end: 3_400 },
      },
      warmUpRuns: 12,
    });
    const w = startupWaterfall(report, { ...page, photoChosenAt: 2_880, shownAt: 3_080 });
    const wait = w.phases.find((p) => p.id === "waiting-for-photo")!;
    expect(wait).toMatchObject({ start: 970, end: 2_880 });
    const warm = w.phases.find((p) => p.id === "warm-up")!;
    expect(warm.afterPrediction).toBe(true);
    expect(warm.addedMs).toBe(0);
    expect(warm.detail).toContain("12 untimed runs");
    expect(w.explainedMs / w.firstPredictionMs).toBeGreaterThan(0.99);
  });

  it("says what a second visit skips, from what this visit did", () => {
    expect(startupWaterfall(coldReport(), page).secondVisit).toMatch(/skips both downloads/);
    const second = startupWaterfall(
      coldReport({ runtimeTransferBytes: 0, modelFromCache: true }),
      page,
    );
    expect(second.secondVisit).toMatch(/downloaded nothing/);
    expect(second.secondVisit).toMatch(/runtime is compiled again/);
    expect(second.phases.find((p) => p.id === "model")!.label).toBe("Model from cache");
  });
});

describe("a photo that was waiting when the session was made", () => {
  it("has the cold first run itself: one phase, then the top-5", () => {
    const spans = { ...coldReport().spans, "first-run": { start: 875, end: 930 } };
    delete spans["photo-run"];
    const w = startupWaterfall(coldReport({ spans }), { ...page, shownAt: 1_040 });
    const first = w.phases.find((p) => p.id === "first-run")!;
    expect(first.label).toBe("First run (cold), on your photo");
    expect(w.phases.some((p) => p.id === "photo-run")).toBe(false);
    expect(w.phases.find((p) => p.id === "shown")).toMatchObject({ start: 1_030, end: 1_040 });
  });
});

describe("formatBytes", () => {
  it("uses MB from 1 MB and kB below", () => {
    expect(formatBytes(3_712_345)).toBe("3.7 MB");
    expect(formatBytes(88)).toBe("1 kB");
    expect(formatBytes(412_000)).toBe("412 kB");
  });
});
