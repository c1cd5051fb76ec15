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

/**
 * One layer of each kind, worked by hand: bytes = 4 · (weights + biases + input + output) elements,
 * intensity = MACs / bytes. Columns: kind, MACs, weights, biases, input and output elements, bytes,
 * intensity.
 */
const BY_HAND = [
  // V2's stem, 3×3 stride 2, 3→32 at 224 → 112: weights 32·3·3·3, input 3·224·224, output
  // 32·112·112; 4 · (864 + 32 + 150 528 + 401 408) bytes; MACs 112·112·32·27
  ["conv", 10_838_016, 864, 32, 150_528, 401_408, 2_211_328, 4.9011],
  // 3×3 on 32×112×112, stride 1: weights 32·9; input = output; MACs 112·112·32·9
  ["depthwise", 3_612_672, 288, 32, 401_408, 401_408, 3_212_544, 1.12456],
  // 1×1, 32→16 at 112×112: MACs 112·112·32·16
  ["pointwise", 6_422_528, 512, 16, 401_408, 200_704, 2_410_560, 2.66432],
  // squeeze-and-excite, 1×1 conv 72→24 on a 1×1 map
  ["se", 1_728, 1_728, 24, 72, 24, 7_392, 0.23377],
  // fully connected 1280 → 1000: every weight is read once and used once, the floor of intensity
  ["fc", 1_280_000, 1_280_000, 1_000, 1_280, 1_000, 5_133_120, 0.249361],
] as const;

describe("bytes moved and arithmetic intensity, one layer of each kind, by hand", () => {
  it.each(BY_HAND)(
    "%s",
    (kind, macs, weights, biases, inputElements, outputElements, bytes, ai) => {
      const layer = row({ kind, macs, weights, biases, inputElements, outputElements });
      expect(bytesMoved(layer)).toBe(bytes);
      expect(arithmeticIntensity(layer)).toBeCloseTo(ai, 4);
    },
  );
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
