import { describe, expect, it } from "vitest";
import { layoutRoofline } from "./roofline-layout";

describe("layoutRoofline", () => {
  const ceilings = { peakGmacs: 20, bandwidthGBs: 10 };
  const layout = layoutRoofline(
    [
      { label: "dw", kind: "depthwise", intensity: 1.1, gmacs: 3 },
      { label: "pw", kind: "pointwise", intensity: 12, gmacs: 15 },
      { label: "none", kind: "fc", intensity: 0.25, gmacs: NaN },
    ],
    ceilings,
    { width: 600, height: 300 },
  );
  it("puts the ridge where the roofs meet, at peak ÷ bandwidth", () => {
    expect(layout.ridge.value).toBe(2);
    expect(layout.roof[1]).toEqual([layout.ridge.x, layout.ridge.y]);
    expect(layout.roof[2]?.[1]).toBe(layout.ridge.y); // flat compute roof
    expect(layout.roof[0]?.[1]).toBeGreaterThan(layout.ridge.y); // memory roof rises to it
  });
  it("places points log–log inside the plot and drops untimed ones", () => {
    expect(layout.points.map((p) => p.label)).toEqual(["dw", "pw"]);
    const [dw, pw] = layout.points;
    expect(pw!.x).toBeGreaterThan(dw!.x);
    expect(pw!.y).toBeLessThan(dw!.y); // faster is higher on the page
    for (const p of layout.points) {
      expect(p.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(p.x).toBeLessThanOrEqual(layout.plot.right);
    }
    expect(layout.xTicks.map((t) => t.value)).toContain(1);
  });
});
