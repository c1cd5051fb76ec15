import { describe, expect, it } from "vitest";
import { attributeRun } from "./attribute";
import { profiledRuns } from "./profile-trace";
import { largestShareDiff, slowestPerMac, summarizeTiming } from "./summarize";
import type { LayerCostRow } from "./layer-bytes";
import { timingCsv, TIMING_CSV_HEADER } from "./timing-text";

/** Three lines of ORT's real trace format (fields trimmed), one per event. */
function event(cat: string, name: string, ts: number, dur: number, op = ""): string {
  const args = op ? `{"op_name" : "${op}","provider" : "CPUExecutionProvider"}` : "{}";
  return `{"cat" : "${cat}","pid" :42,"tid" :1,"dur" :${dur},"ts" :${ts},"ph" : "X","name" :"${name}","args" : ${args}},`;
}

function run(ts: number, kernels: readonly [string, number, string][]): string[] {
  let t = ts + 5;
  const lines = kernels.map(([name, dur, op]) => {
    const line = event("Node", `${name}_kernel_time`, t, dur, op);
    t += dur + 1;
    return line;
  });
  return [...lines, event("Session", "model_run", ts, t - ts + 5)];
}

describe("profiledRuns", () => {
  it("splits kernels by model_run and drops the _kernel_time suffix", () => {
    const lines = [
      "[",
      event("Session", "session_initialization", 0, 900),
      ...run(1000, [["Conv_4", 1000, "FusedConv"]]),
      ...run(5000, [
        ["Conv_4", 1200, "FusedConv"],
        ["ReduceMean_9", 300, "ReduceMean"],
      ]),
      "]",
    ];
    const runs = profiledRuns(lines);
    expect(runs).toHaveLength(2);
    expect(runs[1]?.nodes).toEqual([
      { name: "Conv_4", opName: "FusedConv", ms: 1.2 },
      { name: "ReduceMean_9", opName: "ReduceMean", ms: 0.3 },
    ]);
  });
});

describe("attributeRun", () => {
  it("books a fused kernel to the conv it absorbed and keeps every other node in the remainder", () => {
    const a = attributeRun(
      [
        // Conv + Clip fused: ORT keeps the conv's name
        { name: "Conv_12", opName: "FusedConv", ms: 0.9 },
        { name: "Conv_20", opName: "Conv", ms: 0.5 },
        // a node ORT made itself, and an op that is no layer
        { name: "HardSigmoid_token_7", opName: "HardSigmoid", ms: 0.2 },
        { name: "ReduceMean_436", opName: "ReduceMean", ms: 0.05 },
        { name: "nchwc_reorder", opName: "ReorderOutput", ms: 0.1 },
        { name: "HardSigmoid_3", opName: "HardSigmoid", ms: 0.1 },
      ],
      ["Conv_12", "Conv_20", "Gemm_440"],
    );
    expect(a.layerMs.get("Conv_12")).toBe(0.9);
    expect(a.layerMs.get("Conv_20")).toBe(0.5);
    expect(a.layerMs.get("Gemm_440")).toBe(0); // a layer with no kernel of its name is 0, not missing
    expect(a.remainderMs).toBeCloseTo(0.45, 12);
    expect(a.remainderOps).toEqual([
      { opName: "HardSigmoid", count: 2, ms: expect.closeTo(0.3, 12) as number },
      { opName: "ReorderOutput", count: 1, ms: 0.1 },
      { opName: "ReduceMean", count: 1, ms: 0.05 },
    ]);
  });
  it("sums two kernels that carry one layer's name", () => {
    const a = attributeRun(
      [
        { name: "Conv_1", opName: "Conv", ms: 1 },
        { name: "Conv_1", opName: "Conv", ms: 2 },
      ],
      ["Conv_1"],
    );
    expect(a.layerMs.get("Conv_1")).toBe(3);
    expect(a.remainderMs).toBe(0);
  });
});

const layers: LayerCostRow[] = [
  {
    node: "Conv_1",
    label: "stem",
    kind: "conv",
    macs: 10_000_000,
    weights: 1,
    biases: 0,
    inputElements: 1,
    outputElements: 2,
  },
  {
    node: "Conv_2",
    label: "block1/depthwise",
    kind: "depthwise",
    macs: 1_000_000,
    weights: 1,
    biases: 0,
    inputElements: 1,
    outputElements: 1,
  },
];

describe("summarizeTiming", () => {
  const runs = [1, 2, 3, 4].map((k) => ({
    ms: 4 + k * 0.01,
    nodes: [
      { name: "Conv_1", opName: "FusedConv", ms: 1 + k * 0.01 },
      { name: "Conv_2", opName: "FusedConv", ms: 2 },
      { name: "Pool", opName: "GlobalAveragePool", ms: 1 },
    ],
  }));
  const s = summarizeTiming(layers, runs, 4);
  it("gives each layer its median, share, GMAC/s, and keeps the remainder row", () => {
    expect(s.layers.map((l) => l.ms)).toEqual([1.025, 2]);
    expect(s.totalMs).toBeCloseTo(4.025, 12);
    expect(s.layers[1]?.share).toBeCloseTo(2 / 4.025, 12);
    expect(s.layers[0]?.gmacs).toBeCloseTo(10 / 1.025, 9);
    expect(s.remainder).toEqual({
      ms: 1,
      share: 1 / 4.025,
      kernelMs: 1,
      betweenKernelsMs: 0,
      ops: [{ opName: "GlobalAveragePool", count: 1, ms: 1 }],
    });
    expect(s.kernelsPerRun).toEqual([3, 3]);
    expect(s.sumOverUnprofiled).toBeCloseTo(4.025 / 4, 12);
    expect(s.shareDiffPoints).toBeLessThan(1);
  });
  it("compares the share of MACs with the share of time per kind", () => {
    const dw = s.kinds.find((k) => k.kind === "depthwise");
    expect(dw?.macsShare).toBeCloseTo(1 / 11, 12);
    expect(dw?.timeShare).toBeCloseTo(2 / 4.025, 12);
    expect(s.kinds.at(-1)?.kind).toBe("remainder");
  });
  it("keeps a run's time outside its kernels in the remainder, apart from the kernel sum", () => {
    const slow = runs.map((r) => ({ ...r, ms: r.ms + 2 })); // 2 ms between kernels in every run
    const g = summarizeTiming(layers, slow, 4);
    expect(g.remainder.betweenKernelsMs).toBeCloseTo(2, 9);
    expect(g.remainder.ms).toBeCloseTo(3, 9);
    expect(g.kernelSumMs).toBeCloseTo(4.025, 9);
    expect(g.totalMs).toBeCloseTo(6.025, 9);
    expect(g.sumOverUnprofiled).toBeCloseTo(4.025 / 4, 9);
    expect(g.layers[1]?.share).toBeCloseTo(2 / 6.025, 9);
  });
  it("ranks by time per multiply-add", () => {
    expect(slowestPerMac(s.layers, 1)[0]?.label).toBe("block1/depthwise");
  });
  it("writes one CSV row per layer plus the remainder", () => {
    const lines = timingCsv(s).trim().split("\n");
    expect(lines[0]).toBe(TIMING_CSV_HEADER);
    expect(lines).toHaveLength(1 + 2 + 1);
    expect(lines[2]).toMatch(/^1,block1\/depthwise,Conv_2,depthwise,2,/);
    expect(lines[3]).toMatch(/^,remainder,GlobalAveragePool×1 between-kernels 0 ms,remainder,1,/);
  });
  it("measures the largest share change in points", () => {
    expect(largestShareDiff([0.5, 0.5], [0.47, 0.53])).toBeCloseTo(3, 9);
  });
});
