import { describe, expect, test } from "vitest";
import {
  DEFAULT_GRID,
  WIDTH_MULTIPLIER_GRID,
  expandGrid,
  jobKey,
  parseLabGrid,
  serializeLabGrid,
  toggle,
} from "./lab-grid";

describe("parseLabGrid / serializeLabGrid", () => {
  test("an empty URL gives the small default grid", () => {
    expect(parseLabGrid(new URLSearchParams())).toEqual(DEFAULT_GRID);
  });

  test("round-trips a grid through the URL", () => {
    const grid = {
      models: ["v2", "v4-hybrid-m"] as const,
      alphas: [0.5, 1],
      resolutions: [96, 224],
      backends: ["wasm", "webgpu"] as const,
      runs: 10,
    };
    expect(parseLabGrid(new URLSearchParams(serializeLabGrid(grid)))).toEqual(grid);
  });

  test("drops unknown models, α and sizes outside the chips, and bad run counts", () => {
    const grid = parseLabGrid(
      new URLSearchParams(
        "models=v9,v3-small,v1,v1&alpha=0.5,7,abc&res=100,96&backends=cuda&runs=1000",
      ),
    );
    expect(grid.models).toEqual(["v1", "v3-small"]);
    expect(grid.alphas).toEqual([0.5]);
    expect(grid.resolutions).toEqual([96]);
    expect(grid.backends).toEqual(DEFAULT_GRID.backends);
    expect(grid.runs).toBe(DEFAULT_GRID.runs);
  });
});

describe("expandGrid", () => {
  test("2 models × 2 α × 1 size × 2 backends = 8 jobs, WASM first, unique keys", () => {
    const jobs = expandGrid({
      ...DEFAULT_GRID,
      models: ["v1", "v2"],
      backends: ["wasm", "webgpu"],
    });
    expect(jobs).toHaveLength(8);
    expect(jobs[0]).toEqual({ model: "v1", alpha: 0.5, resolution: 128, backend: "wasm" });
    expect(jobs.at(-1)?.backend).toBe("webgpu");
    expect(new Set(jobs.map(jobKey)).size).toBe(8);
  });
});

test("toggle keeps the canonical order", () => {
  expect(toggle([1, 0.5], 0.75, [0.5, 0.75, 1])).toEqual([0.5, 0.75, 1]);
  expect(toggle([0.5, 1], 0.5, [0.5, 0.75, 1])).toEqual([1]);
});

describe("the width-multiplier preset", () => {
  test("is V1 at α 0.75 and 1.0, 224 px: two points whose URL round-trips", () => {
    expect(expandGrid(WIDTH_MULTIPLIER_GRID).map(jobKey)).toEqual([
      "v1@0.75x224/wasm",
      "v1@1x224/wasm",
    ]);
    const url = new URLSearchParams(serializeLabGrid(WIDTH_MULTIPLIER_GRID));
    expect(parseLabGrid(url)).toEqual(WIDTH_MULTIPLIER_GRID);
  });
});
