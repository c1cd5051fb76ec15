import { describe, expect, it } from "vitest";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { costSplitIntro, isV1Table2View } from "./cost-split-intro";

const intro = (model: Parameters<typeof resolveNetwork>[0], alpha: number, resolution: number) =>
  costSplitIntro(
    { model, alpha, resolution, subject: `${model} ${alpha} at ${resolution}×${resolution}` },
    resolveNetwork(model, { alpha, resolution }),
  );

describe("costSplitIntro", () => {
  it("leaves MobileNetV1 at α 1, 224 px to V1's Table 2, and only that view", () => {
    expect(intro("v1", 1, 224)).toBeNull();
    expect(isV1Table2View({ model: "v1", alpha: 1, resolution: 224 })).toBe(true);
    expect(isV1Table2View({ model: "v1", alpha: 0.5, resolution: 224 })).toBe(false);
    expect(isV1Table2View({ model: "v1", alpha: 1, resolution: 160 })).toBe(false);
    expect(isV1Table2View({ model: "v2", alpha: 1, resolution: 224 })).toBe(false);
    expect(intro("v1", 1, 160)).toMatch(/^In v1 1 at 160×160, /);
  });

  it("describes any other model from its own split", () => {
    // V2 α 0.35: the 1280-wide head stays, so the FC layer holds most of the weights.
    expect(intro("v2", 0.35, 224)).toBe(
      "In v2 0.35 at 224×224, 1×1 (pointwise) convolutions do 74.2 % of the multiply-adds, and the fully connected layer holds 77.0 % of the parameters.",
    );
    // V4-Hybrid-M: pointwise leads both.
    expect(intro("v4-hybrid-m", 1, 256)).toMatch(
      /^In v4-hybrid-m 1 at 256×256, 1×1 \(pointwise\) convolutions do 72\.7 % of the multiply-adds and hold 64\.\d % of the parameters\.$/,
    );
  });

  it("follows the model: at V1 α 0.25 the FC layer (∝ α) outweighs the 1×1s (∝ α²)", () => {
    expect(intro("v1", 0.5, 224)).toMatch(/do [\d.]+ % of the multiply-adds and hold/);
    const s = intro("v1", 0.25, 224) ?? "";
    const fc = Number(/the fully connected layer holds ([\d.]+) %/.exec(s)?.[1]);
    expect(fc).toBeGreaterThan(50);
  });
});
