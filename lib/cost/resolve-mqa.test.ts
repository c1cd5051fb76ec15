import { describe, expect, it } from "vitest";
import { resolveNetwork } from "./resolve-network";

describe("resolveMqa (TF MultiHeadSelfAttentionBlock, use_multi_query)", () => {
  const net = resolveNetwork("v4-hybrid-m"); // 256 px: the stage-4 MQA runs on 16×16×160
  const first = net.blocks.find((b) => b.spec.kind === "mqa");

  it("v4-hybrid-m first MQA (4 heads, dim 64, kv stride 2) has the TF layer list", () => {
    expect(first?.name).toBe("block8");
    expect(first?.input).toEqual({ h: 16, w: 16, c: 160 });
    expect(first?.layers.map((l) => l.path)).toEqual([
      "block8/mqa/query",
      "block8/mqa/key-downsample",
      "block8/mqa/key",
      "block8/mqa/value-downsample",
      "block8/mqa/value",
      "block8/mqa/output",
    ]);
    expect(first?.residual).toBe(true);
    expect(first?.output).toEqual(first?.input);
  });

  it("query 160→4·64 (no bias), input BN γβ booked on it", () => {
    expect(first?.layers[0]).toMatchObject({
      op: "attention",
      params: 160 * 256,
      bnParams: 2 * 160,
      macs: 160 * 256 * 256,
      otherOps: 0,
    });
  });

  it("K/V: dw 3×3 stride 2 + BN to 8×8, then 160→64; QKᵀ and A·V products only in otherOps", () => {
    const [, kDown, key, vDown, value] = first?.layers ?? [];
    expect(kDown).toMatchObject({ groups: 160, stride: 2, params: 1_440, bnParams: 320 });
    expect(kDown?.output).toEqual({ h: 8, w: 8, c: 160 });
    expect(key).toMatchObject({ params: 160 * 64, macs: 160 * 64 * 64 });
    expect(key?.otherOps).toBe(4 * 256 * 64 * 64); // heads · queries · keys · keyDim
    expect(vDown?.params).toBe(1_440);
    expect(value?.otherOps).toBe(4 * 256 * 64 * 64); // heads · queries · keys · valueDim
  });

  it("output 4·64→160 (no bias) with layer-scale γ (160) in bnParams", () => {
    expect(first?.layers[5]).toMatchObject({
      params: 256 * 160,
      bnParams: 160,
      macs: 256 * 160 * 256,
    });
  });

  it("a kv-stride-1 MQA (stage 5, 8×8×256) has no downsample rows and attends all 64 keys", () => {
    const last = net.blocks.filter((b) => b.spec.kind === "mqa").at(-1);
    expect(last?.layers.map((l) => l.path.split("/").at(-1))).toEqual([
      "query",
      "key",
      "value",
      "output",
    ]);
    expect(last?.layers[1]?.otherOps).toBe(4 * 64 * 64 * 64);
  });

  it("no attention product leaks into MACs: Σ macs = Σ conv weights × output positions", () => {
    for (const l of net.layers) {
      const weights = l.kernel * l.kernel * (l.input.c / l.groups) * l.output.c;
      expect(l.macs).toBe(weights * l.output.h * l.output.w);
    }
  });
});
