import { describe, expect, it } from "vitest";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import type { DepthwisePlan } from "./computation-steps";
import { computationPlan, macsAfter, wholeLayer, windowAt } from "./computation-steps";

const v1 = resolveNetwork("v1");
const layer = (path: string) => {
  const l = v1.layers.find((x) => x.path.endsWith(path) && x.blockIndex === 2);
  if (!l) throw new Error(`no ${path}`);
  return l;
};

describe("depthwise: one k×k window on one channel", () => {
  const dw = computationPlan(layer("depthwise")) as DepthwisePlan;
  it("walks 4×4 positions on a patch of (4 − 1)·s + k cells", () => {
    // V1 block 2 is the 3×3 stride-2 depthwise on 112×112×64.
    expect(dw.kind).toBe("depthwise");
    expect([dw.kernel, dw.stride]).toEqual([3, 2]);
    expect(dw.patch).toBe(9);
    expect(dw.steps).toBe(16);
    expect(windowAt(dw, 0)).toEqual({ row: 0, col: 0, top: 0, left: 0 });
    expect(windowAt(dw, 5)).toEqual({ row: 1, col: 1, top: 2, left: 2 });
    expect(windowAt(dw, 99)).toEqual({ row: 3, col: 3, top: 6, left: 6 });
  });
  it("counts k² multiply-adds per window, and the real layer is positions × channels × k²", () => {
    expect(macsAfter(dw, 0)).toBe(9);
    expect(macsAfter(dw, 3)).toBe(36);
    const whole = wholeLayer(dw);
    expect(whole.factors).toBe("56×56 positions × 64 channels × 9");
    // 56·56·64·9 = 1,806,336: V1's conv dw / s2 on 112×112×64 (Table 1).
    expect(whole.macs).toBe(1_806_336);
    expect(whole.macs).toBe(dw.layer.macs);
  });
});

describe("pointwise: a weighted sum across every channel at one pixel", () => {
  const pw = computationPlan(layer("pointwise"));
  it("adds 8 channels one by one, then the rest: M multiply-adds per output value", () => {
    if (pw?.kind !== "pointwise") throw new Error("not pointwise");
    expect(pw.inChannels).toBe(64);
    expect(pw.shown).toBe(8);
    expect([macsAfter(pw, 0), macsAfter(pw, 6), macsAfter(pw, 7)]).toEqual([1, 7, 64]);
    const whole = wholeLayer(pw);
    expect(whole.factors).toBe("56×56 pixels × 128 filters × 64");
    expect(whole.macs).toBe(pw.layer.macs);
    expect(whole.macs).toBe(25_690_112);
  });
  it("draws every channel when there are few, and nothing for other ops", () => {
    const stem = v1.layers.find((l) => l.op === "conv");
    expect(stem && computationPlan(stem)).toBeNull();
    const fc = v1.layers.find((l) => l.op === "fc");
    expect(fc && computationPlan(fc)).toBeNull();
  });
});
