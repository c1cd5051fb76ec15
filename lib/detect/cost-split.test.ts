/**
 * The backbone / head split on the real files (lib/model-file counts every node; the split follows
 * the graph's structure). The totals equal the manifest's params and MACs.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeOnnxModel } from "@/lib/model-file/analyze-model";
import { readModel } from "@/lib/model-file/read-model";
import { splitCosts, ssdFeatureTaps } from "./cost-split";
import { findTaskModel } from "./task-models";
import { MODEL_DIRS, findIn } from "@/lib/test-support/real-files";

const LABELS = { backbone: "backbone", neck: "neck", predictors: "predictors" };

function open(id: string) {
  const m = findTaskModel(id)!;
  const path = findIn(MODEL_DIRS, m.file);
  if (!path) return null;
  const model = readModel(readFileSync(path));
  return { m, model, rows: analyzeOnnxModel(model, m.preprocessing.size).rows };
}

const cases = [
  // id, backbone MACs, params; neck MACs, params; predictors MACs, params; convs per part
  [
    "ssd-mobilenet-v1-coco-300",
    603_146_448,
    1_808_352,
    34_656_768,
    1_250_064,
    90_233_280,
    1_042_815,
    [27, 8, 12],
  ],
  [
    "deeplabv3-mobilenet-v2-257",
    532_611_072,
    469_200,
    187_383_808,
    213_760,
    5_854_464,
    5_397,
    [51, 3, 1],
  ],
  [
    "deeplabv3-mobilenet-v2-513",
    2_502_824_384,
    1_795_936,
    232_030_208,
    295_680,
    5_854_464,
    5_397,
    [51, 3, 1],
  ],
] as const;

describe.each(cases)("%s", (id, bMacs, bParams, nMacs, nParams, pMacs, pParams, convs) => {
  const opened = open(id);
  it.skipIf(!opened)(
    "splits into backbone, rest of the head and predictors that add up to the file",
    () => {
      const { m, model, rows } = opened!;
      const split = splitCosts(model, rows, LABELS);
      expect(split.parts.map((p) => [p.macs, p.params])).toEqual([
        [bMacs, bParams],
        [nMacs, nParams],
        [pMacs, pParams],
      ]);
      expect(split.parts.map((p) => p.convs)).toEqual(convs);
      expect(split.totalMacs).toBe(m.macs);
      expect(split.totalParams).toBe(m.params);
    },
  );
});

describe("the SSD feature maps", () => {
  const opened = open("ssd-mobilenet-v1-coco-300");
  it.skipIf(!opened)(
    "come from Conv2d_11 and Conv2d_13 of the backbone, then four extra layers: 1917 anchors",
    () => {
      const { model, rows } = opened!;
      const taps = ssdFeatureTaps(model, rows);
      expect(taps.map((t) => [t.layer, t.size, t.channels, t.anchorsPerCell])).toEqual([
        ["Conv2d_11 pointwise", 19, 384, 3],
        ["Conv2d_13 pointwise", 10, 768, 6],
        ["extra layer 1", 5, 384, 6],
        ["extra layer 2", 3, 192, 6],
        ["extra layer 3", 2, 192, 6],
        ["extra layer 4", 1, 96, 6],
      ]);
      expect(taps.reduce((a, t) => a + t.size * t.size * t.anchorsPerCell, 0)).toBe(1917);
    },
  );
});
