import { describe, expect, it } from "vitest";
import { plainText, texSegments } from "./tex-segments";

describe("texSegments", () => {
  it("splits $…$ runs from the text around them", () => {
    expect(texSegments("The ratio is $1/N + 1/D_K^2$, about 0.115.")).toEqual([
      { tex: false, text: "The ratio is " },
      { tex: true, text: "1/N + 1/D_K^2" },
      { tex: false, text: ", about 0.115." },
    ]);
  });

  it("handles formulas at the edges and back to back", () => {
    expect(texSegments("$a$$b$ c")).toEqual([
      { tex: true, text: "a" },
      { tex: true, text: "b" },
      { tex: false, text: " c" },
    ]);
  });

  it("keeps an unmatched $ as text", () => {
    expect(texSegments("costs $5 today")).toEqual([{ tex: false, text: "costs $5 today" }]);
    expect(plainText("x $y$ z")).toBe("x y z");
  });
});
