import { describe, expect, it } from "vitest";
import { blockAnimation } from "@/lib/blocks/block-stages";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import type { BlockLayout, Rect } from "./block-layout";
import {
  DIAGRAM_FONT_PX,
  MIN_DIAGRAM_SCALE,
  MIN_RENDERED_TEXT_PX,
  channelExtent,
  chipSize,
  layoutBlock,
  minDisplayWidth,
  spatialExtent,
} from "./block-layout";

function diagramOf(model: Parameters<typeof resolveNetwork>[0], index: number) {
  const block = resolveNetwork(model).blocks[index];
  const anim = block && blockAnimation(block);
  if (!anim) throw new Error("no animation");
  return anim.diagram;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function inside(layout: BlockLayout, r: Rect): boolean {
  return r.x >= 0 && r.y >= 0 && r.x + r.w <= layout.width && r.y + r.h <= layout.height;
}

describe("extents", () => {
  it("grow with log2 of the size", () => {
    expect(spatialExtent(1)).toBe(14);
    expect(spatialExtent(112) - spatialExtent(56)).toBeCloseTo(9, 6);
    expect(channelExtent(1024) - channelExtent(512)).toBeCloseTo(6, 6);
  });
  it("chipSize fits the longer line", () => {
    expect(chipSize({ label: "1×1 expand", sublabel: "ReLU6" })).toEqual({
      w: Math.ceil(10 * 7.1 + 14),
      h: 35,
    });
    expect(chipSize({ label: "" })).toEqual({ w: 0, h: 0 });
  });
});

describe("layoutBlock(diagram, orientation)", () => {
  const cases = [
    ["v1", 2],
    ["v2", 3],
    ["v3-large", 4],
    ["v4-conv-m", 10],
    ["v4-hybrid-m", 0],
  ] as const;
  for (const [model, index] of cases) {
    for (const orientation of ["horizontal", "vertical"] as const) {
      it(`${model} block ${index || "mqa"} ${orientation}: nodes inside the canvas and never overlapping`, () => {
        const i = index || resolveNetwork(model).blocks.findIndex((b) => b.spec.kind === "mqa");
        const layout = layoutBlock(diagramOf(model, i), orientation);
        const rects = [
          ...layout.tensors.map((t) => t.bounds),
          ...layout.ghosts.map((g) => g.bounds),
        ];
        for (const r of rects) expect(inside(layout, r)).toBe(true);
        rects.forEach((a, j) =>
          rects.slice(j + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)),
        );
        expect(layout.edges.every((e) => e.d.startsWith("M"))).toBe(true);
      });
    }
  }

  it("horizontal runs left to right, vertical top to bottom (v2 block 3)", () => {
    const d = diagramOf("v2", 3);
    const h = layoutBlock(d, "horizontal");
    const v = layoutBlock(d, "vertical");
    const xs = h.tensors.map((t) => t.front.x);
    const ys = v.tensors.map((t) => t.front.y);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(h.width).toBeGreaterThan(h.height);
    expect(v.height).toBeGreaterThan(v.width);
  });

  it("a 56×56×144 tensor is drawn taller than 56×56×24 is wide… and the same height", () => {
    const h = layoutBlock(diagramOf("v2", 3), "horizontal");
    const [input, expanded] = h.tensors;
    expect(input?.front.h).toBe(expanded?.front.h);
    expect(expanded?.front.w ?? 0).toBeGreaterThan(input?.front.w ?? 0);
    expect(input?.label).toBe("56×56×24");
  });
});

describe("chips never cover tensors", () => {
  for (const [model, index] of [
    ["v1", 2],
    ["v3-large", 4],
    ["v3-large", 13],
    ["v4-conv-s", 6],
  ] as const) {
    for (const orientation of ["horizontal", "vertical"] as const) {
      it(`${model} block ${index} ${orientation}: residual and next-column chips clear every box`, () => {
        const layout = layoutBlock(diagramOf(model, index), orientation);
        const boxes = layout.tensors.map((t) => t.bounds);
        for (const e of layout.edges) {
          if (e.chip.w === 0 || (e.edge.from === "in" && e.edge.to === "std")) continue;
          const chip = {
            x: e.mid.x - e.chip.w / 2,
            y: e.mid.y - e.chip.h / 2,
            w: e.chip.w,
            h: e.chip.h,
          };
          expect(inside(layout, chip), e.edge.id).toBe(true);
          for (const b of boxes) expect(overlaps(chip, b), `${e.edge.id} over a box`).toBe(false);
        }
      });
    }
  }
});

describe("readable text at any width", () => {
  it("every diagram font, at the smallest scale the player allows, is at least 11 px", () => {
    for (const px of Object.values(DIAGRAM_FONT_PX))
      expect(px * MIN_DIAGRAM_SCALE).toBeGreaterThanOrEqual(MIN_RENDERED_TEXT_PX);
  });
  it("minDisplayWidth is the layout at that scale, rounded up", () => {
    const layout = layoutBlock(diagramOf("v2", 3), "horizontal");
    expect(minDisplayWidth(layout)).toBe(Math.ceil(layout.width * MIN_DIAGRAM_SCALE));
    // Every V1 block's vertical layout fits a lesson's player on a 390 px phone (306 px inside)
    // without shrinking its text, standard-conv chip included.
    for (const block of resolveNetwork("v1").blocks) {
      const anim = blockAnimation(block);
      if (!anim) continue;
      const v = layoutBlock(anim.diagram, "vertical");
      expect(minDisplayWidth(v), `block ${block.index}`).toBeLessThanOrEqual(306);
      const std = v.edges.find((e) => e.edge.id === "e-std");
      expect((std?.mid.x ?? 0) - (std?.chip.w ?? 0) / 2).toBeGreaterThanOrEqual(0);
      expect((std?.mid.x ?? 0) + (std?.chip.w ?? 0) / 2).toBeLessThanOrEqual(v.width);
    }
  });
});

describe("V1's standard conv is an alternative path from the input", () => {
  for (const orientation of ["horizontal", "vertical"] as const) {
    it(`${orientation}: it leaves the input, stays clear of the depthwise tensor and its chip`, () => {
      const layout = layoutBlock(diagramOf("v1", 2), orientation);
      const std = layout.edges.find((e) => e.edge.id === "e-std");
      const dwChip = layout.edges.find((e) => e.edge.id === "e-dw");
      const dw = layout.tensors.find((t) => t.node.id === "dw");
      const input = layout.tensors.find((t) => t.node.id === "in");
      if (!std || !dw || !input || !dwChip) throw new Error("missing V1 parts");
      // Every vertex of the path (M, L, Q points) lies outside the depthwise tensor's footprint.
      const nums = (std.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      const pts = nums.flatMap((v, i) => (i % 2 === 0 ? [{ x: v, y: nums[i + 1] ?? 0 }] : []));
      const hits = (r: Rect, p: { x: number; y: number }) =>
        p.x > r.x && p.x < r.x + r.w && p.y > r.y && p.y < r.y + r.h;
      for (const p of pts) expect(hits(dw.bounds, p)).toBe(false);
      // It starts on the input's box, and its chip does not overlap the depthwise chip.
      const start = pts[0] ?? { x: -1, y: -1 };
      const box = {
        ...input.front,
        y: input.front.y - input.depth,
        w: input.front.w + input.depth,
        h: input.front.h + input.depth,
      };
      expect(start.x).toBeGreaterThanOrEqual(box.x - 0.1);
      expect(start.x).toBeLessThanOrEqual(box.x + box.w + 0.1);
      expect(start.y).toBeGreaterThanOrEqual(box.y - 0.1);
      expect(start.y).toBeLessThanOrEqual(box.y + box.h + 0.1);
      const chipRect = (e: typeof std) => ({
        x: e.mid.x - e.chip.w / 2,
        y: e.mid.y - e.chip.h / 2,
        w: e.chip.w,
        h: e.chip.h,
      });
      expect(overlaps(chipRect(std), chipRect(dwChip))).toBe(false);
      expect(overlaps(chipRect(std), dw.bounds)).toBe(false);
    });
  }
});
