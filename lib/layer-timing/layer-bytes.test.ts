import { describe, expect, it } from "vitest";
import type { NodeCost } from "@/lib/model-file/count-costs";
import type { LayerCostRow } from "./layer-bytes";
import { achievedGmacs, arithmeticIntensity, bytesMoved, layerRowsOf } from "./layer-bytes";
import { boundBy, ridgePoint, rooflineBound } from "./roofline";

const row = (r: Omit<LayerCostRow, "node" | "label">): LayerCostRow => ({
  node: "n",
  label: "n",
  ...r,
});

describe("bytes moved and arithmetic intensity, one layer of each kind, by hand", () => {
  it("full conv: V2's stem, 3×3 stride 2, 3→32 at 224 → 112", () => {
    // weights 32·3·3·3 = 864, biases 32, input 3·224·224 = 150 528, output 32·112·112 = 401 408
    // bytes = 4 · (864 + 32 + 150 528 + 401 408) = 4 · 552 832 = 2 211 328
    // MACs = 112·112·32·27 = 10 838 016 → 10 838 016 / 2 211 328 = 4.9011…
    const stem = row({
      kind: "conv",
      macs: 10_838_016,
      weights: 864,
      biases: 32,
      inputElements: 150_528,
      outputElements: 401_408,
    });
    expect(bytesMoved(stem)).toBe(2_211_328);
    expect(arithmeticIntensity(stem)).toBeCloseTo(4.9011, 4);
  });
  it("depthwise: 3×3 on 32×112×112, stride 1", () => {
    // weights 32·9 = 288, biases 32, input = output = 401 408 → bytes = 4 · 803 136 = 3 212 544
    // MACs = 112·112·32·9 = 3 612 672 → 1.1246 MACs per byte
    const dw = row({
      kind: "depthwise",
      macs: 3_612_672,
      weights: 288,
      biases: 32,
      inputElements: 401_408,
      outputElements: 401_408,
    });
    expect(bytesMoved(dw)).toBe(3_212_544);
    expect(arithmeticIntensity(dw)).toBeCloseTo(1.12456, 4);
  });
  it("pointwise: 1×1, 32→16 at 112×112", () => {
    // weights 512, biases 16, input 401 408, output 200 704 → bytes = 4 · 602 640 = 2 410 560
    // MACs = 112·112·32·16 = 6 422 528 → 2.6643 MACs per byte
    const pw = row({
      kind: "pointwise",
      macs: 6_422_528,
      weights: 512,
      biases: 16,
      inputElements: 401_408,
      outputElements: 200_704,
    });
    expect(bytesMoved(pw)).toBe(2_410_560);
    expect(arithmeticIntensity(pw)).toBeCloseTo(2.66432, 4);
  });
  it("squeeze-and-excite: 1×1 conv 72→24 on a 1×1 map", () => {
    // weights 1 728, biases 24, input 72, output 24 → bytes = 4 · 1 848 = 7 392; MACs 1 728 → 0.2338
    const se = row({
      kind: "se",
      macs: 1_728,
      weights: 1_728,
      biases: 24,
      inputElements: 72,
      outputElements: 24,
    });
    expect(bytesMoved(se)).toBe(7_392);
    expect(arithmeticIntensity(se)).toBeCloseTo(0.23377, 4);
  });
  it("fully connected: 1280 → 1000", () => {
    // weights 1 280 000, biases 1 000, input 1 280, output 1 000 → bytes = 4 · 1 283 280 = 5 133 120
    // MACs 1 280 000 → 0.24936: every weight is read once and used once, the floor of intensity
    const fc = row({
      kind: "fc",
      macs: 1_280_000,
      weights: 1_280_000,
      biases: 1_000,
      inputElements: 1_280,
      outputElements: 1_000,
    });
    expect(bytesMoved(fc)).toBe(5_133_120);
    expect(arithmeticIntensity(fc)).toBeCloseTo(0.249361, 5);
  });
  it("achieved GMAC/s is MACs over time, NaN without a time", () => {
    expect(achievedGmacs(3_612_672, 0.5)).toBeCloseTo(7.225344, 6);
    expect(achievedGmacs(1, 0)).toBeNaN();
  });
});

describe("layerRowsOf", () => {
  const cost = (name: string, macs: number, extra: Partial<NodeCost> = {}): NodeCost => ({
    index: 0,
    name,
    opType: "Conv",
    kind: "pointwise",
    input: [1, 32, 112, 112],
    output: [1, 16, 112, 112],
    kernel: 1,
    stride: 1,
    groups: 1,
    weights: 512,
    biases: 16,
    macs,
    attentionOps: 0,
    ...extra,
  });
  it("keeps the nodes with multiply-adds, counts tensor elements, and takes the map's names", () => {
    const rows = layerRowsOf(
      [cost("Conv_20", 6_422_528), cost("MatMul_qk", 0, { attentionOps: 10 })],
      new Map([["Conv_20", "block1/project"]]),
    );
    expect(rows).toEqual([
      {
        node: "Conv_20",
        label: "block1/project",
        kind: "pointwise",
        macs: 6_422_528,
        weights: 512,
        biases: 16,
        inputElements: 401_408,
        outputElements: 200_704,
      },
    ]);
  });
});

describe("roofline", () => {
  const c = { peakGmacs: 20, bandwidthGBs: 8 };
  it("meets at the ridge point and bounds each side", () => {
    expect(ridgePoint(c)).toBe(2.5);
    expect(rooflineBound(c, 1)).toBe(8);
    expect(rooflineBound(c, 10)).toBe(20);
    expect(boundBy(c, 1.12)).toBe("memory");
    expect(boundBy(c, 4.9)).toBe("compute");
  });
});
