import { describe, expect, it } from "vitest";
import { LESSONS } from "./catalog";
import { SELF_CHECKS } from "./self-check-questions";
import { lostTexCommands, lostTexCommandsInFormula } from "./tex-lint";

const commands = (text: string, rendered = false) =>
  lostTexCommands(text, rendered).map((p) => p.command);

describe("lostTexCommands", () => {
  it("finds the garbles a learner saw (TeX in an ordinary string literal)", () => {
    expect(commands("$1/256 + 1/9 approx 0.115$")).toEqual(["approx"]);
    expect(commands("1/256 + 1/9approx0.115", true)).toEqual(["approx"]);
    expect(commands("$alpha M cdot alpha N cdot D_F^2$")).toEqual([
      "alpha",
      "cdot",
      "alpha",
      "cdot",
    ]);
    expect(commands("xcdotmathrmReLU6(x+3)/6", true)).toEqual(["cdot", "mathrm"]);
    // "\text" in a plain string is a tab followed by "ext"; "\frac" a form feed and "rac".
    expect(commands("$\text{h-swish}(x)$")).toContain("control character");
    expect(commands("$\frac{1}{N}$")).toContain("control character");
  });

  it("passes correct TeX and ordinary English", () => {
    expect(commands(String.raw`$1/N + 1/D_K^2 = 1/256 + 1/9 \approx 0.115$`)).toEqual([]);
    expect(commands(String.raw`$\text{max pool} \cdot \alpha M \times \rho D_F$`)).toEqual([]);
    expect(
      commands("About 27 times fewer multiply-adds, approx. by the alphabet; context."),
    ).toEqual([]);
    expect(commands("3×3 kernel, 8.7× fewer, α = 0.5", true)).toEqual([]);
  });

  it("checks a bare formula source", () => {
    expect(lostTexCommandsInFormula(String.raw`\frac{a}{b} \cdot c`)).toEqual([]);
    expect(lostTexCommandsInFormula("frac{a}{b}").map((p) => p.command)).toEqual(["frac"]);
  });
});

describe("every self-check and catalog text", () => {
  const texts = [
    ...LESSONS.flatMap((l) => [l.title, l.summary]),
    ...Object.values(SELF_CHECKS).flatMap((qs) =>
      qs.flatMap((q) => [
        q.prompt,
        q.explanation,
        ...q.options.flatMap((o) => [o.text, o.hint ?? ""]),
      ]),
    ),
  ];

  it("has every TeX command with its backslash", () => {
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.flatMap((t) => lostTexCommands(t))).toEqual([]);
  });
});
