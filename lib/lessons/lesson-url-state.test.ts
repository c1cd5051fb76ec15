import { describe, expect, it } from "vitest";
import { intParam, steppedParam, withParams } from "./lesson-url-state";

describe("lesson URL state", () => {
  it("reads integers in range and nothing else", () => {
    expect(intParam("3", 1, 9)).toBe(3);
    expect(intParam("0", 1, 9)).toBeNull();
    expect(intParam("10", 1, 9)).toBeNull();
    expect(intParam("2.5", 1, 9)).toBeNull();
    expect(intParam("x", 1, 9)).toBeNull();
    expect(intParam(null, 1, 9)).toBeNull();
  });

  it("reads slider values on the slider's steps", () => {
    expect(steppedParam("0.5", 0.25, 1, 0.05)).toBe(0.5);
    expect(steppedParam("0.35", 0.25, 1, 0.05)).toBe(0.35);
    expect(steppedParam("0.33", 0.25, 1, 0.05)).toBeNull();
    expect(steppedParam("160", 96, 320, 32)).toBe(160);
    expect(steppedParam("150", 96, 320, 32)).toBeNull();
    expect(steppedParam("2", 0.25, 1, 0.05)).toBeNull();
    expect(steppedParam("", 0.25, 1, 0.05)).toBeNull();
  });

  it("updates some parameters and keeps the others", () => {
    expect(withParams("?a=1&b=2", { b: "3", c: "4" })).toBe("?a=1&b=3&c=4");
    expect(withParams("?a=1", { a: null })).toBe("");
    expect(withParams("", { stage: "2" })).toBe("?stage=2");
  });
});
