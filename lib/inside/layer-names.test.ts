/** A real model's node names become the engine's block names; a graph that does not fit gives null. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MODELS } from "@/lib/inference/model-catalog";
import { analyzeOnnxBytes } from "@/lib/model-file/analyze-model";
import { decodeModel } from "@/lib/onnx/onnx-proto";
import { engineLayerNames } from "./layer-names";
import { MODEL_DIRS, findIn } from "@/lib/test-support/real-files";

const entry = MODELS.find((m) => m.id === "mobilenet-v2-1.0-224");
const path = entry && findIn(MODEL_DIRS, entry.file);

describe.skipIf(!entry || !path)("engineLayerNames on the real MobileNetV2", () => {
  const bytes = new Uint8Array(readFileSync(path ?? ""));
  const names =
    engineLayerNames(
      decodeModel(bytes),
      entry?.engine ?? { model: "", alpha: 1, resolution: 224 },
    ) ?? {};
  it("names every counted conv/FC row of /model by its block", () => {
    const rows = analyzeOnnxBytes(bytes).rows.filter(
      (r) => r.opType === "Conv" || r.opType === "Gemm",
    );
    expect(rows.length).toBe(Object.keys(names).length);
    const named = rows.map((r) => names[r.name]);
    expect(named[0]).toBe("stem/conv");
    expect(named).toContain("block3/depthwise");
    expect(named.at(-1)).toBe("classifier/fc");
  });
  it("a graph the engine does not fit (V1's layers against V2) gives null", () => {
    expect(
      engineLayerNames(decodeModel(bytes), { model: "v1", alpha: 0.75, resolution: 224 }),
    ).toBeNull();
  });
});
