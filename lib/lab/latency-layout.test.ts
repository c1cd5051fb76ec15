import { expect, test } from "vitest";
import { layoutLatency, msAt } from "./latency-layout";

test("msAt: 300 M MACs at 20 GFLOP/s take 30 ms", () => {
  expect(msAt(300, 20)).toBe(30);
});

test("layoutLatency puts more MACs right and more ms up, inside the plot", () => {
  const data = [
    { key: "a", macsM: 50, ms: 2 },
    { key: "b", macsM: 300, ms: 20 },
  ];
  const l = layoutLatency(data, { width: 600, height: 300 });
  const [a, b] = l.points;
  expect(b!.cx).toBeGreaterThan(a!.cx);
  expect(b!.cy).toBeLessThan(a!.cy); // SVG y grows downwards
  for (const p of l.points) {
    expect(p.cx).toBeGreaterThanOrEqual(l.plot.left);
    expect(p.cx).toBeLessThanOrEqual(l.plot.right);
  }
  expect(l.xTicks.map((t) => t.value)).toContain(100);
  expect(l.yTicks.map((t) => t.value)).toContain(10);
});

test("GFLOP/s guides are 45° lines on log–log axes and stay inside the plot", () => {
  const data = [
    { key: "a", macsM: 20, ms: 1 },
    { key: "b", macsM: 2000, ms: 100 },
  ];
  const l = layoutLatency(data, { width: 500, height: 500 });
  expect(l.guides.map((g) => g.gflops)).toContain(30);
  for (const g of l.guides) {
    for (const x of [g.x1, g.x2]) expect(x).toBeGreaterThanOrEqual(l.plot.left - 1e-9);
    for (const y of [g.y1, g.y2]) expect(y).toBeLessThanOrEqual(l.plot.bottom + 1e-9);
  }
});

test("no data → a default domain, no points", () => {
  const l = layoutLatency([], { width: 400, height: 300 });
  expect(l.points).toEqual([]);
  expect(l.xTicks.length).toBeGreaterThan(0);
});

test("a narrow domain (26–53 ms) still gets several labelled ticks", () => {
  const l = layoutLatency(
    [
      { key: "a", macsM: 5, ms: 38 },
      { key: "b", macsM: 19, ms: 36 },
    ],
    { width: 600, height: 300 },
  );
  expect(l.yTicks.length).toBeGreaterThanOrEqual(3);
  expect(l.xTicks.length).toBeGreaterThanOrEqual(3);
});

test("the y axis makes room for each point's p10–p90 spread", () => {
  const l = layoutLatency([{ key: "a", macsM: 50, ms: 10, msLow: 4, msHigh: 40 }], {
    width: 400,
    height: 300,
  });
  expect(l.yOf(40)).toBeGreaterThanOrEqual(l.plot.top);
  expect(l.yOf(4)).toBeLessThanOrEqual(l.plot.bottom);
  expect(l.yOf(4)).toBeGreaterThan(l.points[0]!.cy);
});
