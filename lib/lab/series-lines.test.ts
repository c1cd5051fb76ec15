import { describe, expect, it } from "vitest";
import { seriesLines } from "./series-lines";

describe("seriesLines", () => {
  const p = (model: string, alpha: number, resolution: number) => ({
    key: `${model}@${alpha}x${resolution}`,
    model,
    backend: "wasm" as const,
    alpha,
    resolution,
  });

  it("joins one model's α series and resolution series, in order, never across models", () => {
    const lines = seriesLines([
      p("v2", 1, 224),
      p("v2", 0.5, 224),
      p("v2", 0.5, 128),
      p("v3-small", 1, 224),
    ]);
    expect(lines).toEqual([
      {
        key: "v2/wasm/resolution 224/along alpha",
        along: "alpha",
        points: ["v2@0.5x224", "v2@1x224"],
      },
      {
        key: "v2/wasm/alpha 0.5/along resolution",
        along: "resolution",
        points: ["v2@0.5x128", "v2@0.5x224"],
      },
    ]);
  });
});
