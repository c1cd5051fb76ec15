import { describe, expect, it } from "vitest";
import { OP_KINDS } from "@/lib/arch/types";
import { BACKGROUNDS, OP_STYLES, contrastRatio, opColorCss } from "./theme";

describe("OP_STYLES", () => {
  it.each(OP_KINDS)("%s has ≥ 3:1 contrast on both page backgrounds", (op) => {
    expect(contrastRatio(OP_STYLES[op].light, BACKGROUNDS.light)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(OP_STYLES[op].dark, BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
  });

  it("uses six distinct hues in each theme", () => {
    expect(new Set(OP_KINDS.map((op) => OP_STYLES[op].light)).size).toBe(6);
    expect(new Set(OP_KINDS.map((op) => OP_STYLES[op].dark)).size).toBe(6);
  });
});

describe("contrastRatio", () => {
  it("is 21 for black on white and 1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#0072b2", "#0072b2")).toBeCloseTo(1, 5);
  });
});

describe("opColorCss", () => {
  it("defines every --op-* variable for light and dark", () => {
    const css = opColorCss();
    for (const op of OP_KINDS) expect(css.match(new RegExp(`--op-${op}:`, "g"))).toHaveLength(2);
  });
});
