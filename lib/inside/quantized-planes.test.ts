import { describe, expect, it } from "vitest";
import { paintChannel } from "@/lib/viz/activation-ramp";
import { dequantizePlanes, quantizePlanes, valueRange } from "./quantized-planes";

/** A deterministic spread of values with negatives, exact zeros and both ends of the range. */
function sample(n: number): Float32Array {
  let s = 7;
  return Float32Array.from({ length: n }, (_, i) => {
    s = (s * 16807) % 2147483647;
    return i % 9 === 0 ? 0 : (s / 2147483647) * 9.5 - 3.25;
  });
}

describe("8-bit thumbnails over a layer's range", () => {
  it("round-trips every value within half a step, ends exact", () => {
    const v = sample(5000);
    const { lo, hi } = valueRange(v);
    const back = dequantizePlanes(quantizePlanes(v, lo, hi));
    const halfStep = (hi - lo) / 255 / 2;
    for (let i = 0; i < v.length; i++)
      expect(Math.abs((back[i] as number) - (v[i] as number))).toBeLessThanOrEqual(
        halfStep * (1 + 1e-6),
      );
    expect(Math.min(...back)).toBe(lo);
    expect(Math.max(...back)).toBeCloseTo(hi, 5);
    expect(Math.max(...back)).toBeLessThanOrEqual(hi);
  });

  it("paints exactly the pixels the float values paint (the ramp has the same 256 steps)", () => {
    const v = sample(28 * 28);
    const { lo, hi } = valueRange(v);
    const back = dequantizePlanes(quantizePlanes(v, lo, hi));
    const a = paintChannel(v, lo, hi, new Uint8ClampedArray(v.length * 4));
    const b = paintChannel(back, lo, hi, new Uint8ClampedArray(v.length * 4));
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it("takes a quarter of float32's bytes; a flat tensor codes to its one value", () => {
    const v = sample(1000);
    expect(quantizePlanes(v, -3.25, 6.25).codes.byteLength * 4).toBe(v.byteLength);
    const flat = quantizePlanes(new Float32Array(10).fill(2), 2, 2);
    expect([...dequantizePlanes(flat)]).toEqual(new Array(10).fill(2));
    expect(valueRange(new Float32Array(0))).toEqual({ lo: 0, hi: 0 });
  });
});
