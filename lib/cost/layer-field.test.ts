import { describe, expect, it } from "vitest";
import { parseLayerField } from "./layer-field";

const KERNEL = { label: "Kernel size", max: 11 };

describe("parseLayerField", () => {
  it("accepts whole numbers within 1…max", () => {
    expect(parseLayerField("3", KERNEL)).toEqual({ ok: true, value: 3 });
    expect(parseLayerField(" 11 ", KERNEL)).toEqual({ ok: true, value: 11 });
  });

  it("calls an empty field empty, never 'got 0'", () => {
    const r = parseLayerField("", KERNEL);
    expect(r).toEqual({
      ok: false,
      message: "Kernel size is empty: type a whole number from 1 to 11.",
    });
    expect(parseLayerField("   ", KERNEL).ok).toBe(false);
  });

  it("rejects a kernel of 99 (above the maximum), 0, fractions and text", () => {
    expect(parseLayerField("99", KERNEL)).toEqual({
      ok: false,
      message: "Kernel size must be a whole number from 1 to 11, got 99.",
    });
    for (const bad of ["0", "-3", "2.5", "abc", "1e9"])
      expect(parseLayerField(bad, KERNEL).ok).toBe(false);
  });
});
