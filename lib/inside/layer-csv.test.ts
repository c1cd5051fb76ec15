import { describe, expect, it } from "vitest";
import { LAYER_CSV_HEADER, layerStatsCsv, shapeText } from "./layer-csv";
import { tensorStats } from "./tensor-stats";

describe("layerStatsCsv", () => {
  it("has exactly the columns index,layer,kind,shape,min,max,mean,zero_fraction", () => {
    expect(LAYER_CSV_HEADER.split(",")).toEqual([
      "index",
      "layer",
      "kind",
      "shape",
      "min",
      "max",
      "mean",
      "zero_fraction",
    ]);
  });
  it("writes one row per layer, shape as HxWxC, floats to float32 precision", () => {
    const csv = layerStatsCsv([
      {
        index: 0,
        layer: "stem/conv",
        kind: "conv",
        shape: { h: 112, w: 112, c: 32 },
        stats: tensorStats([0, 6, 1 / 3]),
      },
      {
        index: 1,
        layer: "block1/depthwise",
        kind: "depthwise",
        shape: { h: 112, w: 112, c: 32 },
        stats: tensorStats([-2.5, 0.5]),
      },
    ]);
    expect(csv).toBe(
      [
        LAYER_CSV_HEADER,
        "0,stem/conv,conv,112x112x32,0,6,2.111111,0.3333333",
        "1,block1/depthwise,depthwise,112x112x32,-2.5,0.5,-1,0",
        "",
      ].join("\n"),
    );
  });
  it("shapeText({h: 7, w: 7, c: 1280}) is 7x7x1280", () => {
    expect(shapeText({ h: 7, w: 7, c: 1280 })).toBe("7x7x1280");
  });
});
