import { describe, expect, it } from "vitest";
import { OP_KINDS } from "@/lib/arch/types";
import { BACKGROUNDS, OP_STYLES, contrastRatio, opColorCss, seriesStyle } from "./theme";

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

describe("seriesStyle", () => {
  it("gives four different shapes before repeating, and only neutral (slate) ink", () => {
    const styles = [0, 1, 2, 3, 4].map(seriesStyle);
    expect(new Set(styles.slice(0, 4).map((s) => s.shape)).size).toBe(4);
    expect(styles[4]?.shape).toBe(styles[0]?.shape);
    expect(styles[4]?.fill).not.toBe(styles[0]?.fill);
    for (const s of styles)
      expect(`${s.fill} ${s.stroke}`).not.toMatch(
        /-(sky|orange|emerald|fuchsia|amber|blue|green|red|purple|yellow|pink)-/,
      );
  });
});
