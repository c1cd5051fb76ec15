import { describe, expect, it } from "vitest";
import { MODEL_SPECS } from "@/lib/arch/models";
import { blockKind } from "./catalog";

describe("the Mobile MQA card tells the truth about K/V downsampling", () => {
  it("says only the fourth stage downsamples, as the specs do (kvStride 2, then 1)", () => {
    expect(blockKind("v4-mqa").summary).toContain("in the last stage from the full map");
    for (const model of ["v4-hybrid-m", "v4-hybrid-l"] as const) {
      const strides = MODEL_SPECS[model].blocks.flatMap((b) =>
        b.kind === "mqa" ? [b.kvStride] : [],
      );
      expect(strides.slice(0, 4)).toEqual([2, 2, 2, 2]);
      expect(strides.slice(4)).toEqual([1, 1, 1, 1]);
    }
  });
});
