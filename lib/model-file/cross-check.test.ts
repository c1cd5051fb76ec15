import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, test } from "vitest";
import { MODEL_IDS } from "@/lib/arch/models";
import type { LayerCost, ResolvedNetwork } from "@/lib/arch/types";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { buildOnnxModel } from "@/lib/onnx/build-onnx-model";
import { analyzeOnnxBytes } from "./analyze-model";
import type { ModelAnalysis } from "./analyze-model";
import { graphParamCount } from "@/lib/onnx/graph-param-count";
import { REAL_CLASSIFIERS } from "@/lib/test-support/real-classifiers";

/*
 * The ONNX-derived counts equal the cost engine's, for every spec-built lab model at several α and
 * resolutions, and for the three real models (whose files differ from the engine only by folded BN
 * biases and TF's extra "background" class, as lib/cost/real-models.test.ts reconciles).
 */

const weightsOf = (l: LayerCost) => l.kernel * l.kernel * (l.input.c / l.groups) * l.output.c;
const attentionOps = (net: ResolvedNetwork) =>
  net.layers.filter((l) => l.op === "attention").reduce((s, l) => s + l.otherOps, 0);

function countedRows(a: ModelAnalysis) {
  return a.rows.filter((r) => r.macs > 0);
}

const CASES = [
  { alpha: 1, resolution: 224 },
  { alpha: 0.75, resolution: 192 },
  { alpha: 0.5, resolution: 128 },
];

describe.each(CASES)("spec-built models at α $alpha, $resolution px", ({ alpha, resolution }) => {
  test.each([...MODEL_IDS])("%s: ONNX MACs, weights, params and attention = engine", (model) => {
    const net = resolveNetwork(model, { alpha, resolution });
    const built = buildOnnxModel(model, { alpha, resolution });
    const a = analyzeOnnxBytes(built.bytes);
    expect(a.totals.macs).toBe(net.totals.macs);
    expect(a.totals.weights).toBe(net.layers.reduce((s, l) => s + weightsOf(l), 0));
    expect(a.totals.params).toBe(graphParamCount(net));
    expect(a.totals.attentionOps).toBe(attentionOps(net));
    // Layer by layer: same order, same op kind, same MACs.
    const rows = countedRows(a);
    expect(rows.map((r) => r.kind)).toEqual(net.layers.map((l) => l.op));
    expect(rows.map((r) => r.macs)).toEqual(net.layers.map((l) => l.macs));
    expect(a.cannotCount).toEqual([]);
    expect(a.unknownShapes).toEqual([]);
    expect(a.classifier).toMatchObject({ classes: 1000, size: resolution });
  });
});

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const MODELS_DIR = process.env.MOBILENET_MODELS_DIR ?? resolve(REPO_ROOT, "../shared/models");
const PRESENT = existsSync(join(MODELS_DIR, "manifest.json"));

describe("real models vs the engine", () => {
  it.for(REAL_CLASSIFIERS.map((c) => [`${c.id}.onnx`, c] as const))(
    "%s: MACs = engine + background class; params = engine + BN/2 + background class",
    ([, c], ctx) => {
      if (!PRESENT) ctx.skip(`real ONNX models not found at ${MODELS_DIR}`);
      const a = analyzeOnnxBytes(readFileSync(join(MODELS_DIR, `${c.id}.onnx`)));
      const net = resolveNetwork(c.model, { alpha: c.alpha, resolution: 224 });
      const fcIn = net.layers.at(-1)?.input.c ?? 0;
      const extraMacs = c.storedClasses === 1001 ? fcIn : 0;
      const extraParams = c.storedClasses === 1001 ? fcIn + 1 : 0;
      expect(a.totals.macs).toBe(net.totals.macs + extraMacs);
      expect(a.totals.params).toBe(net.totals.params + net.totals.bnParams / 2 + extraParams);
      expect(countedRows(a).map((r) => r.kind)).toEqual(net.layers.map((l) => l.op));
      // Every layer's output shape, input channels, kernel, stride and groups: the file's node = the
      // engine's layer (input H×W may include an explicit Pad, so only its channels are compared).
      const shape = (d: readonly number[]) => `${d[2] ?? 1}x${d[3] ?? 1}x${d[1]}`;
      const hwc = (t: { h: number; w: number; c: number }) => `${t.h}x${t.w}x${t.c}`;
      const lastOut = (i: number, c: number) =>
        i === net.layers.length - 1 && c === 1001 ? 1000 : c;
      expect(
        countedRows(a).map(
          (r, i) =>
            `${r.input[1]} → ${shape([0, lastOut(i, r.output[1] ?? 0), ...r.output.slice(2)])} k${r.kernel} s${r.stride} g${r.groups}`,
        ),
      ).toEqual(
        net.layers.map(
          (l) => `${l.input.c} → ${hwc(l.output)} k${l.kernel} s${l.stride} g${l.groups}`,
        ),
      );
      expect(a.cannotCount).toEqual([]);
      expect(a.classifier).toMatchObject({ inputName: "pixel_values", classes: 1000, size: 224 });
    },
  );

  it("pins the real totals (V1 0.75: 325,401,216 MACs = engine 325,400,448 + 768)", (ctx) => {
    if (!PRESENT) ctx.skip(`real ONNX models not found at ${MODELS_DIR}`);
    const a = analyzeOnnxBytes(readFileSync(join(MODELS_DIR, "mobilenet-v1-0.75-224.onnx")));
    expect(a.totals.macs).toBe(325_401_216);
    expect(a.totals.params).toBe(2_578_121);
  });

  it("pins the papers' own networks: V1 1.0 = 568,741,376 MACs (engine 568,740,352 + 1,024), 4,222,057 params; V3-Large minimalistic = 209,137,984 (engine 209,136,704 + 1,280), 3,913,369", (ctx) => {
    if (!PRESENT) ctx.skip(`real ONNX models not found at ${MODELS_DIR}`);
    const v1 = analyzeOnnxBytes(readFileSync(join(MODELS_DIR, "mobilenet-v1-1.0-224.onnx")));
    expect([v1.totals.macs, v1.totals.params]).toEqual([568_741_376, 4_222_057]);
    expect(resolveNetwork("v1").totals.macs).toBe(568_740_352);
    const min = analyzeOnnxBytes(
      readFileSync(join(MODELS_DIR, "mobilenet-v3-large-minimalistic-1.0-224.onnx")),
    );
    expect([min.totals.macs, min.totals.params]).toEqual([209_137_984, 3_913_369]);
    expect(resolveNetwork("v3-large-minimalistic").totals.macs).toBe(209_136_704);
  });
});
