import { describe, expect, it } from "vitest";
import type { ModelId } from "@/lib/arch/types";
import { MODEL_IDS } from "@/lib/arch/models";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { compareSeparable } from "@/lib/cost/separable";
import { blockAnimation, blockStages } from "./block-stages";
import { BLOCK_KINDS, qualifyingBlocks } from "./catalog";
import type { Stage } from "./types";

const SETTINGS = [
  { alpha: 1, resolution: undefined },
  { alpha: 0.75, resolution: 192 },
  { alpha: 0.35, resolution: 128 },
  { alpha: 1.4, resolution: 256 },
] as const;

/** Block `index` of `model` at α = 1 and the model's own resolution. */
function blockAt(model: ModelId, index: number) {
  const block = resolveNetwork(model).blocks[index];
  if (!block) throw new Error(`${model} has no block ${index}`);
  return block;
}

const stageIds = (stages: readonly Stage[]) => stages.map((s) => s.id);

function stageAt(stages: readonly Stage[], id: string) {
  const s = stages.find((x) => x.id === id);
  if (!s) throw new Error(`no stage ${id}`);
  return s;
}

describe("blockStages(block) for every animated block of every model", () => {
  for (const model of MODEL_IDS) {
    for (const { alpha, resolution } of SETTINGS) {
      it(`${model} α=${alpha} res=${resolution ?? "default"}: last stage equals block.totals`, () => {
        const net = resolveNetwork(model, { alpha, resolution });
        for (const block of net.blocks) {
          const anim = blockAnimation(block);
          const animated = BLOCK_KINDS.some((k) =>
            qualifyingBlocks(k.slug, model).includes(block.index),
          );
          expect(anim !== null, `${block.name} animated`).toBe(animated);
          if (!anim) continue;
          const last = anim.stages.at(-1);
          expect(last?.macs, block.name).toBe(block.totals.macs);
          expect(last?.params, block.name).toBe(block.totals.params);
          // Counters never go down, and every caption is one sentence.
          anim.stages.forEach((s, i) => {
            expect(s.macs).toBeGreaterThanOrEqual(anim.stages[i - 1]?.macs ?? 0);
            expect(s.caption.match(/[.!?](\s|$)/g)?.length, s.caption).toBe(1);
          });
          // Every highlighted id exists in the diagram.
          const ids = new Set([
            ...anim.diagram.nodes.map((n) => n.id),
            ...anim.diagram.edges.map((e) => e.id),
          ]);
          for (const s of anim.stages)
            for (const f of s.focus) expect(ids.has(f), `${block.name} ${f}`).toBe(true);
        }
      });
    }
  }
});

describe("separable (V1)", () => {
  it("v1 block 2 at α=1: depthwise 3×3 s2 on 112×112×64, standard counterpart = compareSeparable", () => {
    const anim = blockAnimation(blockAt("v1", 2));
    const dw = stageAt(anim?.stages ?? [], "depthwise");
    expect(dw.tensors.map((t) => t.label)).toEqual(["112×112×64", "56×56×64"]);
    expect(dw.stageMacs).toBe(3 * 3 * 64 * 56 * 56);
    const cmp = compareSeparable({
      kernel: 3,
      inChannels: 64,
      outChannels: 128,
      featureSize: 112,
      stride: 2,
    });
    expect(anim?.standard?.macs).toBe(cmp.standard.macs);
    expect(anim?.standard?.params).toBe(cmp.standard.params);
    expect(anim?.stages.at(-1)?.macs).toBe(cmp.separable.macs);
  });
});

describe("inverted residual (V2/V3)", () => {
  it("v2 block 1 (t = 1) has no expand stage and no residual (16 ≠ 32)", () => {
    const stages = blockStages(blockAt("v2", 1));
    expect(stageIds(stages)).toEqual(["input", "depthwise", "project", "residual"]);
    expect(stageAt(stages, "residual").title).toBe("no residual");
  });

  it("v2 block 3 at α=1: expand 56×56×24 → 56×56×144, residual add", () => {
    const stages = blockStages(blockAt("v2", 3));
    expect(stageIds(stages)).toEqual(["input", "expand", "depthwise", "project", "residual"]);
    expect(stageAt(stages, "expand").tensors.map((t) => t.label)).toEqual([
      "56×56×24",
      "56×56×144",
    ]);
    expect(stageAt(stages, "residual").title).toBe("residual add");
  });

  it("v3-large block 4 (5×5, s2, SE) has the four SE stages and says h-sigmoid", () => {
    const stages = blockStages(blockAt("v3-large", 4));
    expect(stageIds(stages)).toEqual([
      "input",
      "expand",
      "depthwise",
      "se-pool",
      "se-reduce",
      "se-expand",
      "se-scale",
      "project",
      "residual",
    ]);
    expect(stageAt(stages, "se-pool").tensors.map((t) => t.label)).toEqual(["28×28×72", "1×1×72"]);
    expect(stageAt(stages, "se-expand").caption).toContain("h-sigmoid");
    // V3 §5.3's quarter, through make_divisible(·, 8) (facts §A.0).
    expect(stageAt(stages, "se-reduce").caption).toContain("squeezes 72 → 24 values");
    expect(stageAt(stages, "se-reduce").caption).toContain("24 is a quarter of 72 (18)");
    expect(stageAt(stages, "residual").caption).toContain("stride 2");
  });
});

describe("UIB (V4)", () => {
  it("v4-conv-s: ExtraDW, IB and ConvNext-like blocks get the right stages", () => {
    const ids = (i: number) => stageIds(blockStages(blockAt("v4-conv-s", i)));
    expect(ids(5)).toEqual(["input", "start-dw", "expand", "mid-dw", "project", "residual"]);
    expect(ids(6)).toEqual(["input", "expand", "mid-dw", "project", "residual"]);
    expect(ids(10)).toEqual(["input", "start-dw", "expand", "project", "residual"]);
  });

  it("v4-conv-m FFN block has no depthwise stage and two ghosts", () => {
    const anim = blockAnimation(blockAt("v4-conv-m", 10));
    expect(stageIds(anim?.stages ?? [])).toEqual(["input", "expand", "project", "residual"]);
    expect(anim?.diagram.nodes.filter((n) => n.kind === "ghost")).toHaveLength(2);
  });
});

describe("Mobile MQA (V4)", () => {
  it("v4-hybrid-m stage-4 MQA downsamples K/V with stride 2 and shares one 64-wide key", () => {
    const net = resolveNetwork("v4-hybrid-m");
    const block = net.blocks.find((b) => b.spec.kind === "mqa");
    if (!block) throw new Error("no mqa block");
    const stages = blockStages(block);
    expect(stageIds(stages)).toEqual([
      "input",
      "query",
      "kv-downsample",
      "key",
      "value",
      "attend",
      "output",
      "residual",
    ]);
    expect(stageAt(stages, "query").tensors[1]?.label).toBe("16×16×256");
    expect(stageAt(stages, "kv-downsample").tensors[1]?.label).toBe("8×8×160");
    expect(stageAt(stages, "key").tensors[1]?.label).toBe("8×8×64");
  });
});
