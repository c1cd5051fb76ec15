import { describe, expect, it } from "vitest";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { blockAnimation } from "./block-stages";
import { INPUT_KEY, realTensorFor } from "./real-tensors";
import type { RealTensor } from "./real-tensors";

const tensor = (tag: number): RealTensor => ({
  planes: new Float32Array([tag]),
  h: 1,
  w: 1,
  channels: 1,
  lo: 0,
  hi: 1,
});

describe("realTensorFor (V2 block 3: expand, depthwise, project, add)", () => {
  const block = resolveNetwork("v2", { alpha: 1, resolution: 224 }).blocks[3];
  if (!block) throw new Error("V2 has a block 3");
  const animation = blockAnimation(block);
  if (!animation) throw new Error("V2 block 3 is animated");
  const real = new Map<string, RealTensor>([
    [INPUT_KEY, tensor(-1)],
    ...block.layers.map((l, i) => [l.path, tensor(i)] as const),
  ]);
  const shown = animation.stages.map((s) =>
    s.tensors.map((t) => realTensorFor(animation, s, t, block, real)?.planes[0] ?? null),
  );

  it("pairs every stage's tensors with the layer that produced them, the sum with nothing", () => {
    // input | input → expanded | expanded → filtered | filtered → projected | input + (sum: not exposed).
    expect(shown.slice(0, 4)).toEqual([[-1], [-1, 0], [0, 1], [1, 2]]);
    expect(shown).toHaveLength(5);
    expect(shown.at(-1)).toEqual([-1, null]);
  });
});
