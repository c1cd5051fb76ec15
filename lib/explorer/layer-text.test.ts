import { describe, expect, it } from "vitest";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { layerName, operationText, shapeText } from "./layer-text";

describe("layer text", () => {
  const v1 = resolveNetwork("v1");

  it("describes V1's stem as in Table 1: 3×3 conv s2 on 224×224×3", () => {
    const stem = v1.layers[0];
    expect(stem && operationText(stem)).toBe("3×3 full conv, stride 2");
    expect(stem && shapeText(stem.input)).toBe("224×224×3");
    expect(stem && shapeText(stem.output)).toBe("112×112×32");
  });

  it("names MQA layers by role and shows the key/value downsampling conv's stride", () => {
    const block = resolveNetwork("v4-hybrid-m").blocks.find((b) => b.spec.kind === "mqa");
    const down = block?.layers.find((l) => layerName(l) === "key-downsample");
    expect(down && operationText(down)).toMatch(/attention, stride 2$/);
    expect(block?.layers.map(layerName)).toContain("query");
  });

  it("describes the FC without a kernel", () => {
    const fc = v1.layers.at(-1);
    expect(fc && operationText(fc)).toBe("fully connected");
    expect(fc && shapeText(fc.output)).toBe("1×1×1000");
  });
});
