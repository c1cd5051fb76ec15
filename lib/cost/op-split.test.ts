import { describe, expect, it } from "vitest";
import { splitByOp } from "./op-split";
import { resolveNetwork } from "./resolve-network";

describe("splitByOp(network)", () => {
  it("splitByOp(v1) reproduces V1 Table 2 MACs: 1×1 94.86 %, dw 3.06 %, FC 0.18 %", () => {
    const split = splitByOp(resolveNetwork("v1"));
    expect(split.pointwise.macsShare * 100).toBeCloseTo(94.86, 2);
    expect(split.depthwise.macsShare * 100).toBeCloseTo(3.06, 2);
    expect(split.fc.macsShare * 100).toBeCloseTo(0.18, 2);
  });

  it("splitByOp(v1) stem conv = 1.91 % of MACs: Table 2's '1.19 %' is a digit swap (its column sums to 99.29 %)", () => {
    const split = splitByOp(resolveNetwork("v1"));
    expect(split.conv.macs).toBe(864 * 112 * 112);
    expect(split.conv.macsShare * 100).toBeCloseTo(1.91, 2);
    expect(94.86 + 3.06 + 1.91 + 0.18).toBeCloseTo(100, 1);
  });

  it("splitByOp(v1) params: 1×1 74.59 %, dw 1.06 %, conv 0.02 %, FC 24.33 % (±0.05)", () => {
    const split = splitByOp(resolveNetwork("v1"));
    expect(Math.abs(split.pointwise.paramsShare * 100 - 74.59)).toBeLessThan(0.05);
    expect(Math.abs(split.depthwise.paramsShare * 100 - 1.06)).toBeLessThan(0.05);
    expect(Math.abs(split.conv.paramsShare * 100 - 0.02)).toBeLessThan(0.05);
    expect(Math.abs(split.fc.paramsShare * 100 - 24.33)).toBeLessThan(0.05);
  });

  it("splitByOp sums back to the totals; absent kinds are zero", () => {
    const net = resolveNetwork("v3-large");
    const split = splitByOp(net);
    const kinds = Object.values(split);
    expect(kinds.reduce((s, k) => s + k.macs, 0)).toBe(net.totals.macs);
    expect(kinds.reduce((s, k) => s + k.params, 0)).toBe(net.totals.params);
    expect(split.attention).toEqual({ macs: 0, params: 0, macsShare: 0, paramsShare: 0 });
    expect(split.se.macs).toBeGreaterThan(0);
  });

  it("splitByOp(v4-hybrid-m) books MQA projections as attention", () => {
    expect(splitByOp(resolveNetwork("v4-hybrid-m")).attention.macs).toBeGreaterThan(0);
  });
});
