import { describe, expect, it } from "vitest";
import {
  cropRgba,
  planResizeCrop,
  preprocessRgba,
  resizeBilinearRgba,
  roundHalfEven,
  toNchwFloat32,
} from "./preprocess";

describe("planResizeCrop(w, h, 256, 224)", () => {
  // [w, h] → resized [w, h] and crop [left, top]
  it.each([
    // Long side truncated; crop left 58.5 rounds half to even.
    [640, 480, 341, 256, 58, 16],
    [300, 400, 256, 341, 16, 58], // portrait
    [8000, 8000, 256, 256, 16, 16],
  ])("%i×%i → %i×%i, crop at (%i, %i)", (w, h, resizedW, resizedH, left, top) => {
    expect(planResizeCrop(w, h, 256, 224)).toEqual({ resizedW, resizedH, left, top, size: 224 });
  });
  it("rejects an empty image", () => {
    expect(() => planResizeCrop(0, 10, 256, 224)).toThrow(RangeError);
  });
  it("roundHalfEven matches Python's round()", () => {
    expect([0.5, 1.5, 2.5, 58.5, 59.5, 2.4, 2.6].map(roundHalfEven)).toEqual([
      0, 2, 2, 58, 60, 2, 3,
    ]);
  });
});

describe("resizeBilinearRgba", () => {
  const row = (values: number[]) => new Uint8ClampedArray(values.flatMap((v) => [v, v, v, 255]));
  it("4→2 px averages with a widened triangle filter (hand-computed: 71, 209)", () => {
    const out = resizeBilinearRgba(row([0, 100, 200, 255]), 4, 1, 2, 1);
    // o=0: (0·0.75 + 100·0.75 + 200·0.25) / 1.75 = 71.43; o=1: (100·0.25 + 200·0.75 + 255·0.75) / 1.75 = 209.29
    expect([out[0], out[4]]).toEqual([71, 209]);
    expect([out[3], out[7]]).toEqual([255, 255]);
  });
  it("2→4 px interpolates linearly between pixel centres: 0, 25, 75, 100", () => {
    const out = resizeBilinearRgba(row([0, 100]), 2, 1, 4, 1);
    expect([out[0], out[4], out[8], out[12]]).toEqual([0, 25, 75, 100]);
  });
  it("same size is the identity", () => {
    const img = row([3, 7, 11, 200, 0, 255]);
    expect(resizeBilinearRgba(img, 3, 2, 3, 2)).toEqual(img);
    expect(resizeBilinearRgba(img, 3, 2, 3, 2, "bicubic")).toEqual(img);
  });
  it("bicubic (Keys a = −0.5, PIL's BICUBIC) 2→4 px overshoots at the edges: 0, 21, 79, 109", () => {
    // o=1: centre 0.75, weights k(0.25) = 0.8672 on 0 and k(0.75) = 0.2266 on 100 → 100·0.2266/1.0938 = 20.7;
    // o=3: weights k(1.25) = −0.0703 on 0 and k(0.25) on 100 → 100·0.8672/0.7969 = 108.8.
    const out = resizeBilinearRgba(row([0, 100]), 2, 1, 4, 1, "bicubic");
    expect([out[0], out[4], out[8], out[12]]).toEqual([0, 21, 79, 109]);
  });
});

describe("toNchwFloat32", () => {
  // Two pixels: (255, 0, 51, α 255) and (102, 204, 0, α 128); alpha is dropped.
  const rgba = new Uint8ClampedArray([255, 0, 51, 255, 102, 204, 0, 128]);
  it("mean 0.5, std 0.5 (V1, V2): x/127.5 − 1, planes R, G, B", () => {
    const x = Array.from(
      toNchwFloat32(rgba, 2, 1, { mean: [0.5, 0.5, 0.5], std: [0.5, 0.5, 0.5] }),
    );
    [1, -0.2, -1, 0.6, -0.6, -1].forEach((want, i) => expect(x[i]).toBeCloseTo(want, 6));
  });
  it("mean 0, std 1 (V3-Small): x/255", () => {
    const x = Array.from(toNchwFloat32(rgba, 2, 1, { mean: [0, 0, 0], std: [1, 1, 1] }));
    [1, 0.4, 0, 0.8, 0.2, 0].forEach((want, i) => expect(x[i]).toBeCloseTo(want, 6));
  });
  it("ImageNet mean/std (V4): (1 − 0.485) / 0.229 = 2.2489 for a full red", () => {
    const x = toNchwFloat32(rgba, 2, 1, {
      mean: [0.485, 0.456, 0.406],
      std: [0.229, 0.224, 0.225],
    });
    expect(x[0]).toBeCloseTo(2.2489, 4);
    expect(x[2]).toBeCloseTo(-2.0357, 4);
  });
  it("rejects a buffer of the wrong size", () => {
    expect(() => toNchwFloat32(rgba, 3, 1, { mean: [0, 0, 0], std: [1, 1, 1] })).toThrow(
      RangeError,
    );
  });
});

describe("cropRgba and preprocessRgba", () => {
  it("crops the right rows and columns", () => {
    // 3×2 image whose red channel is the pixel's index.
    const img = new Uint8ClampedArray([0, 1, 2, 3, 4, 5].flatMap((v) => [v, 0, 0, 255]));
    const c = cropRgba(img, 3, 1, 0, 2);
    expect([c[0], c[4], c[8], c[12]]).toEqual([1, 2, 4, 5]);
  });
  it("a uniform 300×200 photo becomes a [1, 3, 224, 224] tensor with the uniform normalised colour", () => {
    const img = new Uint8ClampedArray(300 * 200 * 4);
    for (let i = 0; i < 300 * 200; i++) img.set([255, 0, 128, 255], i * 4);
    const { tensor, plan } = preprocessRgba(img, 300, 200, {
      resize_shorter_side: 256,
      center_crop: 224,
      mean: [0.5, 0.5, 0.5],
      std: [0.5, 0.5, 0.5],
    });
    expect(plan).toEqual({ resizedW: 384, resizedH: 256, left: 80, top: 16, size: 224 });
    expect(tensor.length).toBe(3 * 224 * 224);
    const plane = 224 * 224;
    expect(tensor[0]).toBeCloseTo(1, 6);
    expect(tensor[plane + 5000]).toBeCloseTo(-1, 6);
    expect(tensor[2 * plane + plane - 1]).toBeCloseTo(128 / 127.5 - 1, 6);
  });
});
