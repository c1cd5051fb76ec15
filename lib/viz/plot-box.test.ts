import { describe, expect, it } from "vitest";
import { plotBoxOf } from "./plot-box";

describe("plotBoxOf", () => {
  it("turns a corner and a size into the four edges", () => {
    expect(plotBoxOf({ x: 52, y: 10, width: 300, height: 184 })).toEqual({
      left: 52,
      right: 352,
      top: 10,
      bottom: 194,
    });
  });
});
