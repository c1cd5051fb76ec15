import { describe, expect, it } from "vitest";
import { asInferenceError, InferenceError } from "./errors";

describe("asInferenceError", () => {
  it("keeps one of ours with its code and message", () => {
    const ours = new InferenceError("model-missing", "The model file is not installed.");
    expect(asInferenceError(ours)).toBe(ours);
  });
  it("turns anything else into one sentence the page can show", () => {
    const e = asInferenceError(new RangeError("offset out of bounds"));
    expect(e.code).toBe("inference-failed");
    expect(e.message).toBe("Something went wrong: offset out of bounds");
    expect(asInferenceError("lost").message).toBe("Something went wrong: lost");
  });
});
