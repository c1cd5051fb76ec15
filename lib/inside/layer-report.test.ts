import { describe, expect, it } from "vitest";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import type { LayerTap } from "./layer-map";
import { downsamplePlanes, keptBytes, keptLayer, layerDetail } from "./layer-report";

describe("downsamplePlanes (thumbnails kept after the run)", () => {
  it("box-averages each plane by a whole factor and keeps small planes as they are", () => {
    // Two 4×4 planes: 0..15 and 100..115, to at most 2 pixels a side (factor 2).
    const data = Float32Array.from({ length: 32 }, (_, i) => (i < 16 ? i : 84 + i));
    const { data: out, size } = downsamplePlanes(data, 2, 4, 4, 2);
    expect(size).toEqual({ h: 2, w: 2 });
    expect([...out]).toEqual([2.5, 4.5, 10.5, 12.5, 102.5, 104.5, 110.5, 112.5]);
    expect(downsamplePlanes(data, 2, 4, 4, 28).size).toEqual({ h: 4, w: 4 });
    // 7×7 to at most 3 a side: factor 3, edge boxes average only the pixels that exist.
    const odd = downsamplePlanes(new Float32Array(49).fill(1), 1, 7, 7, 3);
    expect(odd.size).toEqual({ h: 3, w: 3 });
    expect([...odd.data].every((v) => v === 1)).toBe(true);
  });
});

describe("keptLayer: what the worker holds of a layer after the run", () => {
  const net = resolveNetwork("v2", { alpha: 1, resolution: 224 });
  const index = net.layers.findIndex((l) => l.path === "block2/depthwise");
  const layer = net.layers[index];
  if (!layer) throw new Error("V2 has no block2/depthwise");
  const size = (s: { h: number; w: number; c: number }) => s.h * s.w * s.c;
  const ramp = (n: number, k: number) =>
    Float32Array.from({ length: n }, (_, i) => ((i * k) % 97) - 20);
  const tensors = new Map([
    ["in", ramp(size(layer.input), 7)],
    ["out", ramp(size(layer.output), 13)],
  ]);
  const tap: LayerTap = {
    index,
    layer,
    nodeName: "dw",
    weightName: "w",
    biasName: null,
    input: "in",
    preActivation: "out",
    output: "out",
    activation: "relu6",
  };

  it("keeps a non-selected layer as 28 px 8-bit thumbnails of output and input: a sixteenth of the floats", () => {
    const kept = keptLayer(tap, tensors, false);
    expect(kept.output.size).toEqual({ h: 28, w: 28 });
    expect(kept.input?.size).toEqual({ h: 28, w: 28 }); // 112 px input, factor 4
    const floatBytes = (size(layer.output) + size(layer.input)) * 4;
    const channelBytes = (layer.output.c + layer.input.c) * 4;
    expect(keptBytes(kept)).toBe(28 * 28 * (layer.output.c + layer.input.c) + channelBytes);
    expect(keptBytes(kept)).toBeLessThan(floatBytes / 16 + channelBytes + 1);
    // The reply decodes them to values within half a colour step of the box averages.
    const reply = layerDetail(kept, new Float32Array(9 * layer.output.c), null);
    const avg = downsamplePlanes(tensors.get("out") as Float32Array, layer.output.c, 56, 56, 28);
    const half = (76 - -20) / 255 / 2;
    expect(reply.output).toHaveLength(avg.data.length);
    for (let i = 0; i < avg.data.length; i += 101)
      expect(Math.abs((reply.output[i] as number) - (avg.data[i] as number))).toBeLessThanOrEqual(
        half + 1e-6,
      );
    expect(reply.full).toBe(false);
  });

  it("keeps the selected layer's output and input in full as float32", () => {
    const kept = keptLayer(tap, tensors, true);
    const reply = layerDetail(kept, new Float32Array(0), null);
    expect(reply.outputSize).toEqual({ h: 56, w: 56 });
    expect([...reply.output.subarray(0, 50)]).toEqual([
      ...(tensors.get("out") as Float32Array).subarray(0, 50),
    ]);
    expect(reply.input).toHaveLength(size(layer.input));
    expect(keptBytes(kept)).toBe(
      (size(layer.output) + size(layer.input) + layer.output.c + layer.input.c) * 4,
    );
  });
});
