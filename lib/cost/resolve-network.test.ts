import { describe, expect, it } from "vitest";
import { MODEL_IDS } from "../arch/models";
import type { ModelId, ResolvedNetwork } from "../arch/types";
import { CostInputError } from "./cost-input-error";
import { resolveNetwork } from "./resolve-network";
import { sumCosts } from "./sum-costs";

function layer(net: ResolvedNetwork, path: string) {
  const found = net.layers.find((l) => l.path === path);
  if (!found) throw new Error(`no layer ${path}`);
  return found;
}

function expectCostInputError(fn: () => unknown, code: string) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CostInputError);
    expect((error as CostInputError).code).toBe(code);
    expect((error as CostInputError).message.length).toBeGreaterThan(10);
    return;
  }
  throw new Error("expected a CostInputError");
}

describe("resolveNetwork exact integers (architecture.md §3)", () => {
  it('resolveNetwork("v1") = 568,740,352 MACs, 4,210,088 params, 21,888 BN γβ (trainable 4,231,976)', () => {
    const { totals } = resolveNetwork("v1");
    expect(totals.macs).toBe(568_740_352);
    expect(totals.params).toBe(4_210_088);
    expect(totals.bnParams).toBe(21_888);
    expect(totals.params + totals.bnParams).toBe(4_231_976);
    expect(totals.otherOps).toBe(0);
  });

  it('resolveNetwork("v2") = 300,774,272 MACs, 3,470,760 params, 34,112 BN γβ (trainable 3,504,872)', () => {
    const { totals } = resolveNetwork("v2");
    expect(totals.macs).toBe(300_774_272);
    expect(totals.params).toBe(3_470_760);
    expect(totals.bnParams).toBe(34_112);
    expect(totals.params + totals.bnParams).toBe(3_504_872);
  });

  it('resolveNetwork("v4-conv-s") = 186.0 M MACs and 3.749 M params (3.774 M with BN), facts §A.4', () => {
    const { totals } = resolveNetwork("v4-conv-s");
    expect(totals.macs / 1e6).toBeCloseTo(186.0, 1);
    expect(totals.params / 1e6).toBeCloseTo(3.749, 3);
    expect((totals.params + totals.bnParams) / 1e6).toBeCloseTo(3.774, 3);
  });
});

describe('resolveNetwork("v1") structure (V1 Table 1)', () => {
  const net = resolveNetwork("v1");

  it("has 28 conv/FC layers: stem, 13 dw/pw pairs, the FC", () => {
    expect(net.layers).toHaveLength(28);
    expect(net.layers[0]?.path).toBe("stem/conv");
    expect(net.layers.at(-1)?.path).toBe("classifier/fc");
  });

  it("stem/conv: 3×3×3×32 stride 2, 224² → 112², 864 weights, no bias, BN 64", () => {
    const stem = layer(net, "stem/conv");
    expect(stem).toMatchObject({
      op: "conv",
      kernel: 3,
      stride: 2,
      groups: 1,
      input: { h: 224, w: 224, c: 3 },
      output: { h: 112, w: 112, c: 32 },
      params: 864,
      bnParams: 64,
      macs: 864 * 112 * 112,
      activationSize: 112 * 112 * 32,
    });
  });

  it("block1/depthwise counts k²·C·H·W MACs (3×3, 32 ch, 112²) with groups = C", () => {
    const dw = layer(net, "block1/depthwise");
    expect(dw.op).toBe("depthwise");
    expect(dw.groups).toBe(32);
    expect(dw.params).toBe(288);
    expect(dw.macs).toBe(9 * 32 * 112 * 112);
  });

  it("block13/depthwise uses stride 1 on 7×7 (Table 1 row 17 erratum)", () => {
    const dw = layer(net, "block13/depthwise");
    expect(dw.stride).toBe(1);
    expect(dw.input).toEqual({ h: 7, w: 7, c: 1024 });
    expect(dw.output).toEqual({ h: 7, w: 7, c: 1024 });
  });

  it("classifier/fc: 1024·1000 weights + 1000 bias, no BN, on the pooled 1×1×1024", () => {
    const fc = layer(net, "classifier/fc");
    expect(fc).toMatchObject({ op: "fc", params: 1_025_000, bnParams: 0, macs: 1_024_000 });
    expect(fc.input).toEqual({ h: 1, w: 1, c: 1024 });
  });

  it("has no residual blocks", () => {
    expect(net.blocks.some((b) => b.residual)).toBe(false);
  });
});

describe('resolveNetwork("v2") structure (V2 Tables 1–2)', () => {
  const net = resolveNetwork("v2");

  it("has 17 bottlenecks; block1 (t = 1) has no expand conv", () => {
    const bottlenecks = net.blocks.filter((b) => b.spec.kind === "invertedResidual");
    expect(bottlenecks).toHaveLength(17);
    expect(net.layers.map((l) => l.path)).not.toContain("block1/expand");
    expect(layer(net, "block1/depthwise").input.c).toBe(32);
  });

  it("block2/expand 16→96, block2/depthwise stride 2 112²→56², block2/project 96→24 (linear, BN, no bias)", () => {
    expect(layer(net, "block2/expand").output.c).toBe(96);
    expect(layer(net, "block2/depthwise").output).toEqual({ h: 56, w: 56, c: 96 });
    const project = layer(net, "block2/project");
    expect(project).toMatchObject({ op: "pointwise", params: 96 * 24, bnParams: 48 });
  });

  it("residual is true exactly for stride-1 blocks with C_in = C_out (10 of 17)", () => {
    const residual = net.blocks.filter((b) => b.residual).map((b) => b.name);
    expect(residual).toEqual([
      "block3",
      "block5",
      "block6",
      "block8",
      "block9",
      "block10",
      "block12",
      "block13",
      "block15",
      "block16",
    ]);
  });

  it("head/conv is 320→1280 pointwise on 7×7", () => {
    expect(layer(net, "head/conv")).toMatchObject({
      op: "pointwise",
      input: { h: 7, w: 7, c: 320 },
      output: { h: 7, w: 7, c: 1280 },
    });
  });
});

describe("resolveNetwork totals are sums of rows", () => {
  it.each(MODEL_IDS)("resolveNetwork(%s): network and block totals = Σ layers", (model) => {
    const net = resolveNetwork(model, { alpha: 0.75, resolution: 192 });
    expect(net.totals).toEqual(sumCosts(net.layers));
    expect(net.totals).toEqual(sumCosts(net.blocks.map((b) => b.totals)));
    for (const block of net.blocks) expect(block.totals).toEqual(sumCosts(block.layers));
  });

  it.each(MODEL_IDS)(
    "resolveNetwork(%s): layer paths are unique and blocks chain shapes",
    (model) => {
      const net = resolveNetwork(model);
      const paths = net.layers.map((l) => l.path);
      expect(new Set(paths).size).toBe(paths.length);
      net.blocks.forEach((block, i) => {
        expect(block.index).toBe(i);
        for (const l of block.layers) expect(l.blockIndex).toBe(i);
        const next = net.blocks[i + 1];
        if (next) expect(next.input).toEqual(block.output);
      });
      expect(net.blocks.at(-1)?.output).toEqual({ h: 1, w: 1, c: 1000 });
    },
  );

  it.each(MODEL_IDS)(
    "resolveNetwork(%s): every count is a finite non-negative integer",
    (model) => {
      for (const l of resolveNetwork(model, { alpha: 0.35, resolution: 97 }).layers) {
        for (const v of [l.params, l.bnParams, l.macs, l.activationSize, l.otherOps]) {
          expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
        }
      }
    },
  );
});

describe("resolveNetwork α and resolution scaling (V1 §3.3–3.4)", () => {
  it("resolveNetwork(v1, ρ) leaves params unchanged and scales MACs ≈ ρ²", () => {
    const base = resolveNetwork("v1").totals;
    const low = resolveNetwork("v1", { resolution: 128 }).totals;
    expect(low.params).toBe(base.params);
    const rho2 = (128 / 224) ** 2;
    expect(low.macs / base.macs).toBeGreaterThan(rho2 * 0.98);
    expect(low.macs / base.macs).toBeLessThan(rho2 * 1.03);
  });

  it.each<[ModelId, number]>([
    ["v1", 0.5],
    ["v2", 0.5],
    ["v3-large", 0.75],
    ["v4-conv-m", 0.5],
  ])("resolveNetwork(%s, α = %s): body MACs and params scale ≈ α²", (model, alpha) => {
    const body = (net: ResolvedNetwork) =>
      sumCosts(net.layers.filter((l) => l.op === "depthwise" || l.op === "pointwise"));
    const full = body(resolveNetwork(model));
    const thin = body(resolveNetwork(model, { alpha }));
    // Rounding to multiples of 8 and the fixed-width head make this loose.
    expect(thin.macs / full.macs).toBeGreaterThan(alpha * alpha * 0.75);
    expect(thin.macs / full.macs).toBeLessThan(alpha * alpha * 1.35);
    expect(thin.params / full.params).toBeGreaterThan(alpha * alpha * 0.75);
    expect(thin.params / full.params).toBeLessThan(alpha * alpha * 1.35);
  });

  it("resolveNetwork(v2, α = 0.5) keeps the 1280 last conv; α = 1.4 scales it to 1792", () => {
    const out = (alpha: number) => layer(resolveNetwork("v2", { alpha }), "head/conv").output.c;
    expect(out(0.5)).toBe(1280);
    expect(out(1.4)).toBe(1792);
  });

  it("resolveNetwork(v1, α = 0.25) uses max(floor(c·α), 8) without divisibility", () => {
    const net = resolveNetwork("v1", { alpha: 0.3 });
    expect(layer(net, "stem/conv").output.c).toBe(9);
    expect(layer(net, "block1/pointwise").output.c).toBe(19);
  });

  it("resolveNetwork(v2, 225) uses SAME padding: ceil(225/2) = 113", () => {
    const net = resolveNetwork("v2", { resolution: 225 });
    expect(layer(net, "stem/conv").output.h).toBe(113);
    expect(net.resolution).toBe(225);
  });

  it("resolveNetwork(v3-small, { v3SmallHead: 1280 }) widens prelogits/conv to 1280", () => {
    const net = resolveNetwork("v3-small", { v3SmallHead: 1280 });
    expect(layer(net, "prelogits/conv").output.c).toBe(1280);
    expect(layer(resolveNetwork("v3-small"), "prelogits/conv").output.c).toBe(1024);
  });
});

describe("resolveNetwork input errors (CostInputError, never NaN)", () => {
  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 4.01, 100])(
    "resolveNetwork(v2, { alpha: %s }) throws invalid-alpha",
    (alpha) => expectCostInputError(() => resolveNetwork("v2", { alpha }), "invalid-alpha"),
  );

  it.each([31, 1025, 224.5, Number.NaN, 0, -224])(
    "resolveNetwork(v2, { resolution: %s }) throws invalid-resolution",
    (resolution) =>
      expectCostInputError(() => resolveNetwork("v2", { resolution }), "invalid-resolution"),
  );

  it("resolveNetwork accepts the bounds α = 4, resolution 32 and 1024", () => {
    expect(resolveNetwork("v1", { alpha: 4 }).totals.macs).toBeGreaterThan(0);
    expect(resolveNetwork("v4-hybrid-l", { resolution: 32 }).totals.macs).toBeGreaterThan(0);
    expect(resolveNetwork("v2", { resolution: 1024 }).totals.macs).toBeGreaterThan(0);
  });

  it('resolveNetwork("v5") throws unknown-model', () => {
    expectCostInputError(() => resolveNetwork("v5" as ModelId), "unknown-model");
  });

  it("resolveNetwork(v2, { v3SmallHead: 1280 }) and v3SmallHead: 999 throw invalid-option", () => {
    expectCostInputError(() => resolveNetwork("v2", { v3SmallHead: 1280 }), "invalid-option");
    expectCostInputError(
      () => resolveNetwork("v3-small", { v3SmallHead: 999 as 1024 }),
      "invalid-option",
    );
  });
});
