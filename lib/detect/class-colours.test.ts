import { describe, expect, it } from "vitest";
import {
  CLASS_PALETTE,
  MIN_DISTANCE_BETWEEN_CLASSES,
  MIN_DISTANCE_FROM_OPS,
  OP_COLOURS,
  classColour,
  colourMask,
  hexToRgb,
  rgbDistance,
} from "./class-colours";

describe("class colours", () => {
  it("give PASCAL VOC's 21 classes 21 different colours", () => {
    expect(CLASS_PALETTE).toHaveLength(21);
    for (let i = 0; i < 21; i++)
      for (let j = i + 1; j < 21; j++)
        expect(rgbDistance(CLASS_PALETTE[i]!, CLASS_PALETTE[j]!)).toBeGreaterThanOrEqual(
          MIN_DISTANCE_BETWEEN_CLASSES,
        );
  });
  it("never look like an operation kind's colour (theme.ts), in either theme", () => {
    expect(OP_COLOURS).toContainEqual(hexToRgb("#007a5a")); // depthwise, light
    for (const c of CLASS_PALETTE)
      for (const op of OP_COLOURS)
        expect(rgbDistance(c, op)).toBeGreaterThanOrEqual(MIN_DISTANCE_FROM_OPS);
  });
  it("are the same for the same class every time, and cycle for COCO's 90", () => {
    expect(classColour(3)).toEqual(CLASS_PALETTE[3]);
    expect(classColour(24)).toEqual(CLASS_PALETTE[3]);
  });
});

describe("colourMask", () => {
  it("paints each class in its colour at the given alpha and leaves background transparent", () => {
    const rgba = colourMask(new Uint8Array([0, 12, 3]), CLASS_PALETTE, 128);
    expect(Array.from(rgba.slice(0, 4))).toEqual([0, 0, 0, 0]);
    expect(Array.from(rgba.slice(4, 8))).toEqual([...CLASS_PALETTE[12]!, 128]);
    expect(Array.from(rgba.slice(8, 12))).toEqual([...CLASS_PALETTE[3]!, 128]);
  });
});
