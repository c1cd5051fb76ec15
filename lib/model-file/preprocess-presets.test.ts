import { describe, expect, test } from "vitest";
import { findModelBySha256 } from "@/lib/inference/model-catalog";
import { fromManifest, presetAt } from "./preprocess-presets";

describe("preprocessing presets", () => {
  test("timm at 224: shortest edge 256, centre crop 224, bicubic, ImageNet mean/std", () => {
    expect(presetAt("timm", 224)).toEqual({
      resize_shorter_side: 256,
      center_crop: 224,
      interpolation: "bicubic",
      mean: [0.485, 0.456, 0.406],
      std: [0.229, 0.224, 0.225],
    });
    expect(presetAt("tf", 160)).toMatchObject({ resize_shorter_side: 183, center_crop: 160 });
  });

  test("the pinned MobileNetV4 int8 file is known by its sha256 and gets timm's preprocessing", () => {
    const v4 = findModelBySha256(
      "270717121EFB0960D60FEB712574D55FA27B585F3C4AFC14741D81EA980BCD9A",
    );
    expect(v4?.id).toBe("mobilenet-v4-conv-small-224-int8");
    expect(v4?.bytes).toBe(3_931_745);
    expect(v4?.sources.url).toContain("/resolve/3ba07f12712fa58fd6b3d661f9909c9e332c5005/");
    expect(v4 && fromManifest(v4.preprocessing)).toEqual(presetAt("timm", 224));
    expect(v4?.published.top1).toBeNull();
    expect(findModelBySha256("0".repeat(64))).toBeUndefined();
  });
});
