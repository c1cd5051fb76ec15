import { describe, expect, it } from "vitest";
import { csvField, csvText } from "./csv";

describe("csvField", () => {
  it("leaves plain text, integers and booleans as they are", () => {
    expect(csvField("block3/depthwise")).toBe("block3/depthwise");
    expect(csvField(568740352)).toBe("568740352");
    expect(csvField(0.25)).toBe("0.25");
    expect(csvField(true)).toBe("true");
  });

  it("quotes a field with a comma, a quote or a line break, doubling quotes", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("writes a number that is not finite as an empty field", () => {
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(Number.POSITIVE_INFINITY)).toBe("");
  });
});

describe("csvText", () => {
  it("puts the header first, one line per row and a final newline", () => {
    expect(
      csvText(
        ["layer", "macs"],
        [
          ["conv1", 10],
          ["fc, last", 2],
        ],
      ),
    ).toBe('layer,macs\nconv1,10\n"fc, last",2\n');
  });

  it("is just the header line without rows", () => {
    expect(csvText(["a", "b"], [])).toBe("a,b\n");
  });
});
