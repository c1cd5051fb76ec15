import { describe, expect, it } from "vitest";
import { argmaxClasses, classShares, maskSize, upsampleArgmax } from "./segmentation";

// 3 classes on a 2×2 image, NCHW: plane c holds class c's logit for the 4 pixels.
const LOGITS = new Float32Array([
  5,
  0,
  0,
  0, // class 0 (background) wins pixel 0
  1,
  7,
  0,
  2, // class 1 wins pixel 1
  0,
  1,
  9,
  3, // class 2 wins pixels 2 and 3
]);

describe("argmaxClasses", () => {
  it("takes the class with the largest logit at every pixel", () => {
    expect(Array.from(argmaxClasses(LOGITS, 3, 2, 2))).toEqual([0, 1, 2, 2]);
  });
  it("keeps the lower class on a tie", () => {
    expect(Array.from(argmaxClasses(new Float32Array([1, 1]), 2, 1, 1))).toEqual([0]);
  });
  it("refuses logits of the wrong size", () => {
    expect(() => argmaxClasses(LOGITS, 3, 3, 3)).toThrow(RangeError);
  });
});

describe("classShares", () => {
  it("gives each present class its percent of the pixels, largest first", () => {
    expect(classShares(new Uint8Array([0, 1, 2, 2]), 21)).toEqual([
      { classIndex: 2, pixels: 2, percent: 50 },
      { classIndex: 0, pixels: 1, percent: 25 },
      { classIndex: 1, pixels: 1, percent: 25 },
    ]);
  });
});

describe("upsampleArgmax", () => {
  it("at the same size equals the plain arg-max", () => {
    expect(Array.from(upsampleArgmax(LOGITS, 3, 2, 2, 2, 2))).toEqual([0, 1, 2, 2]);
  });
  it("interpolates logits (align corners) before the arg-max: a 1×2 → 1×3 midpoint", () => {
    // class 0: 4 → 0, class 1: 0 → 4, class 2: 2.5 flat: the middle pixel averages 2 vs 2 vs 2.5
    const l = new Float32Array([4, 0, 0, 4, 2.5, 2.5]);
    expect(Array.from(upsampleArgmax(l, 3, 1, 2, 3, 1))).toEqual([0, 2, 1]);
  });
  it("maps a square mask onto a wide photo: corners keep their classes", () => {
    const out = upsampleArgmax(LOGITS, 3, 2, 2, 6, 3);
    expect(out[0]).toBe(0);
    expect(out[5]).toBe(1);
    expect(out[12]).toBe(2);
    expect(out[17]).toBe(2);
  });
});

describe("maskSize", () => {
  it("keeps the photo's aspect ratio with the longer side capped", () => {
    expect(maskSize(4000, 3000, 640)).toEqual({ width: 640, height: 480 });
    expect(maskSize(300, 500, 640)).toEqual({ width: 300, height: 500 });
  });
});
