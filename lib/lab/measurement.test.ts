import { describe, expect, test } from "vitest";
import type { Measurement } from "./measurement";
import { achievedGflops, formatGflops, median, onnxFileName } from "./measurement";
import { measurementsToCsv } from "./measurement-csv";
import { splitProfile } from "./profile-split";

test("achievedGflops(V2's 300,774,272 MACs in 30 ms) = 2 × MACs / time ≈ 20.05 GFLOP/s", () => {
  expect(achievedGflops(300_774_272, 30)).toBeCloseTo(20.0516, 3);
});

test("median of odd and even lists", () => {
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([])).toBeNaN();
});

test("onnxFileName says the weights are random", () => {
  expect(onnxFileName("v3-small", 0.5, 128)).toBe("mobilenet-v3-small-0.5-128-random.onnx");
});

const row: Measurement = {
  key: "v2@1x224/wasm",
  model: "v2",
  version: 2,
  alpha: 1,
  resolution: 224,
  backend: "wasm",
  device: "WASM (2 threads)",
  softwareAdapter: false,
  macs: 300_774_272,
  params: 3_470_760,
  graphParams: 3_487_816,
  graphBytes: 14_000_000,
  buildMs: 150,
  sessionMs: 300,
  firstRunMs: 45.5,
  warmUp: { state: "steady", runs: 7, ms: 260 },
  runsMs: [30, 31, 29],
  medianMs: 30,
  opSplit: { pointwise: 18, depthwise: 9, conv: 1.5, other: 0.5 },
};

describe("measurementsToCsv", () => {
  const csv = measurementsToCsv([
    row,
    { ...row, key: "k2", device: 'WebGPU "swift", soft', opSplit: null },
  ]);
  const lines = csv.trimEnd().split("\n");

  test("one header and one line per row, same number of columns", () => {
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^model,version,alpha,resolution_px,backend,/);
    expect(lines[0]).toContain("median_ms,p10_ms,p90_ms,gflops");
    expect(lines[0]).toContain("warm_up_runs,steady,timed_runs");
    expect(lines[1]?.split(",")).toHaveLength(lines[0]?.split(",").length ?? 0);
  });

  test("writes exact MACs, GFLOP/s and the per-op split", () => {
    expect(lines[1]).toContain(",300774272,3470760,3487816,30,29.2,30.8,20.05,");
    expect(lines[1]).toContain(",7,true,3,30 31 29,");
    expect(lines[1]).toMatch(/,1\.5,18,9,0,0,0,0\.5$/); // conv, pointwise, depthwise, fc, se, attention, other
  });

  test("quotes cells with commas and quotes (RFC 4180); no split → empty cells", () => {
    expect(lines[2]).toContain('"WebGPU ""swift"", soft"');
    expect(lines[2]).toMatch(/,,,,,,$/);
  });
});

describe("splitProfile", () => {
  const ev = (cat: string, name: string, ts: number, dur: number) =>
    `{"cat" : "${cat}","pid" :42,"tid" :1,"dur" :${dur},"ts" :${ts},"ph" : "X","name" :"${name}","args" : {}},`;
  const categories = new Map([
    ["block1/depthwise", "depthwise" as const],
    ["block1/project", "pointwise" as const],
  ]);

  test("books the last model_run's kernels by node category, unknown ORT-made nodes as other (µs → ms)", () => {
    const lines = [
      "[",
      ev("Node", "block1/depthwise_kernel_time", 100, 9000), // first run: ignored
      ev("Session", "model_run", 50, 10_000),
      ev("Node", "block1/depthwise_kernel_time", 20_100, 3000),
      ev("Node", "block1/project_kernel_time", 23_200, 1500),
      ev("Node", "HardSigmoid_12_kernel_time", 24_800, 500),
      ev("Session", "model_run", 20_000, 6000),
      "]",
    ];
    expect(splitProfile(lines, categories)).toEqual({ depthwise: 3, pointwise: 1.5, other: 0.5 });
  });

  test("no profiled run → null", () => {
    expect(splitProfile(["hello", "[", "]"], categories)).toBeNull();
  });
});

test("formatGflops keeps small software-adapter throughputs readable", () => {
  expect(formatGflops(0.0123)).toBe("0.012");
  expect(formatGflops(20.0516)).toBe("20.1");
  expect(formatGflops(NaN)).toBe("–");
});
