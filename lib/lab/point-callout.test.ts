import { expect, test } from "vitest";
import { placeCallout, textWidth } from "./point-callout";

const PLOT = { left: 50, right: 350, top: 10, bottom: 250 };
const SIZE = { width: 120, height: 20 };

test("the label sits right of the point, or left of it near the right edge, inside the plot", () => {
  const near = placeCallout(100, 100, SIZE, PLOT);
  expect(near.x).toBe(110);
  const edge = placeCallout(300, 100, SIZE, PLOT);
  expect(edge.x + edge.width).toBeLessThanOrEqual(300);
  for (const b of [
    near,
    edge,
    placeCallout(340, 12, SIZE, PLOT),
    placeCallout(60, 249, SIZE, PLOT),
  ]) {
    expect(b.x).toBeGreaterThanOrEqual(PLOT.left);
    expect(b.x + b.width).toBeLessThanOrEqual(PLOT.right);
    expect(b.y).toBeGreaterThanOrEqual(PLOT.top);
    expect(b.y + b.height).toBeLessThanOrEqual(PLOT.bottom);
  }
});

test("the label never covers its point", () => {
  for (const [cx, cy] of [
    [100, 100],
    [300, 100],
    [340, 12],
  ] as const) {
    const b = placeCallout(cx, cy, SIZE, PLOT);
    const covers = cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height;
    expect(covers).toBe(false);
  }
  expect(textWidth("V2 α 0.5 · 96 px")).toBeGreaterThan(60);
});
