import { describe, expect, it } from "vitest";
import { headingSlug, uniqueSlugger } from "./heading-anchor";

describe("headingSlug", () => {
  it("makes readable ids from heading text", () => {
    expect(headingSlug("Why MACs are not milliseconds: the roofline")).toBe(
      "why-macs-are-not-milliseconds-the-roofline",
    );
    expect(headingSlug("FLOPs or MACs? Read the label")).toBe("flops-or-macs-read-the-label");
    expect(headingSlug("Width α and resolution ρ")).toBe("width-alpha-and-resolution-rho");
    expect(headingSlug("Squeeze-and-excite")).toBe("squeeze-and-excite");
    expect(headingSlug("…")).toBe("section");
  });

  it("keeps ids unique on a page", () => {
    const slug = uniqueSlugger(["roofline"]);
    expect(slug("Roofline")).toBe("roofline-2");
    expect(slug("Roofline")).toBe("roofline-3");
    expect(slug("Summary")).toBe("summary");
  });
});
