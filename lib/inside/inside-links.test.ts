import { describe, expect, it } from "vitest";
import { BLOCK_KIND_SLUGS } from "@/lib/blocks/catalog";
import { MODELS } from "@/lib/inference/model-catalog";
import { insideTargetForBlock } from "./inside-links";

describe("insideTargetForBlock", () => {
  it("every block kind links to a real, locally installable model in the manifest", () => {
    const local = new Set(MODELS.filter((m) => !m.sources.browserOnly).map((m) => m.id));
    for (const slug of BLOCK_KIND_SLUGS) {
      const model = new URL(insideTargetForBlock(slug).href, "http://x").searchParams.get("model");
      expect(local.has(model ?? "")).toBe(true);
    }
  });
  it("V3's bneck opens an SE layer; V4 kinds say no real model has them", () => {
    expect(insideTargetForBlock("v3-bneck").href).toContain("layer=block4/se/expand");
    expect(insideTargetForBlock("v4-uib").text).toMatch(/No installed real model/);
  });
});
