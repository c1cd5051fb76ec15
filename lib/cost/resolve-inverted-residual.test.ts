import { describe, expect, it } from "vitest";
import { resolveNetwork } from "./resolve-network";

function paths(model: "v3-large" | "v3-small", block: string) {
  const net = resolveNetwork(model);
  const found = net.blocks.find((b) => b.name === block);
  if (!found) throw new Error(block);
  return found;
}

describe("resolveInvertedResidual with SE (V3 Fig. 4, Table 1)", () => {
  it("v3-large block4 (bneck 5×5, 24→72→40, SE, s2): SE squeeze make_divisible(72/4, 8) = 24", () => {
    const block = paths("v3-large", "block4");
    expect(block.layers.map((l) => l.path)).toEqual([
      "block4/expand",
      "block4/depthwise",
      "block4/se/reduce",
      "block4/se/expand",
      "block4/project",
    ]);
    const [expand, dw, reduce, seExpand, project] = block.layers;
    expect(expand?.output).toEqual({ h: 56, w: 56, c: 72 });
    expect(dw).toMatchObject({ kernel: 5, stride: 2, output: { h: 28, w: 28, c: 72 } });
    // SE convs act on the pooled 1×1 vector and have biases (no BN).
    expect(reduce).toMatchObject({ op: "se", params: 72 * 24 + 24, bnParams: 0, macs: 72 * 24 });
    expect(seExpand).toMatchObject({ op: "se", params: 24 * 72 + 72, macs: 24 * 72 });
    // The channel-wise rescale of the 28×28×72 map is not a MAC.
    expect(seExpand?.otherOps).toBe(28 * 28 * 72);
    expect(project?.output.c).toBe(40);
    expect(block.residual).toBe(false);
  });

  it("v3-small block1 (exp 16 = in 16): no expand conv, SE squeeze 8, stride 2", () => {
    const block = paths("v3-small", "block1");
    expect(block.layers.map((l) => l.path)).toEqual([
      "block1/depthwise",
      "block1/se/reduce",
      "block1/se/expand",
      "block1/project",
    ]);
    expect(block.layers[1]?.output.c).toBe(8);
  });

  it("v3-large prelogits/conv is NBN (bias, no BN) and op fc; classifier has 1280·1000 + 1000", () => {
    const net = resolveNetwork("v3-large");
    const pre = net.layers.find((l) => l.path === "prelogits/conv");
    expect(pre).toMatchObject({ op: "fc", params: 960 * 1280 + 1280, bnParams: 0 });
    expect(net.layers.at(-1)).toMatchObject({ path: "classifier/fc", params: 1_281_000 });
  });

  it("v3-small block3 (88/24 expansion) expands to 88 at α = 1 and 88 at α = 0.75 (input stays 24)", () => {
    for (const alpha of [1, 0.75]) {
      const net = resolveNetwork("v3-small", { alpha });
      expect(net.layers.find((l) => l.path === "block3/expand")?.output.c).toBe(88);
    }
  });
});
