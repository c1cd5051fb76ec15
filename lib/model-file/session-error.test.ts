import { describe, expect, test } from "vitest";
import { explainSessionError, unsupportedOp } from "./session-error";

describe("explainSessionError names the operator onnxruntime-web cannot run", () => {
  test.each([
    [
      "Can't create a session. ERROR_CODE: 6, ERROR_MESSAGE: No Op registered for FancyNewOp with domain_version of 17",
      { op: "FancyNewOp", version: "17" },
    ],
    [
      "Can't create a session. ERROR_CODE: 1, ERROR_MESSAGE: Fatal error: com.example:Frobnicate(-1) is not a registered function/op",
      { op: "com.example.Frobnicate", version: "-1" },
    ],
    [
      "Could not find an implementation for Col2Im(18) node with name 'c'",
      { op: "Col2Im", version: "18" },
    ],
  ])("%s", (message, expected) => {
    expect(unsupportedOp(message)).toEqual(expected);
  });

  test("one sentence, with the op and the backend", () => {
    expect(
      explainSessionError("No Op registered for FancyNewOp with domain_version of 17", "WASM"),
    ).toBe(
      "onnxruntime-web cannot run the operator FancyNewOp (opset 17) on WASM, so this model cannot be timed or run here; its costs are still counted.",
    );
    expect(explainSessionError("Can't create a session. out of memory", "WebGPU")).toBe(
      "onnxruntime-web could not start this model on WebGPU: out of memory",
    );
  });
});
