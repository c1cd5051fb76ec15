import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ResolvedNetwork } from "../arch/types";
import type { OnnxTensor } from "../onnx/onnx-proto";
import { decodeModel, elementCount } from "../onnx/onnx-proto";
import { resolveNetwork } from "./resolve-network";
import type { RealClassifier } from "@/lib/test-support/real-classifiers";
import { REAL_CLASSIFIERS } from "@/lib/test-support/real-classifiers";

/*
 * Cross-check against the real ONNX files in /work/shared/models (converted from TFLite; see manifest.json).
 * The manifest's "params" = elements of float initializers with more than one element: 1-element constants
 * (Clip min/max, the TF-Hub input scaling) are not parameters. The reconciliation is exact:
 *   real = engine.params                (conv/FC weights + FC/NBN/SE biases)
 *        + engine.bnParams / 2          (BN folded into the conv: γ into weights, β becomes one bias per channel)
 *        + extra classifier column      (TF-slim / TF-Hub heads have 1001 classes incl. "background":
 *                                        one more output = C_in weights + 1 bias; the converter slices it off
 *                                        at run time, so the weights are still in the file)
 */

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const MODELS_DIR = process.env.MOBILENET_MODELS_DIR ?? resolve(REPO_ROOT, "../shared/models");
const MANIFEST = join(MODELS_DIR, "manifest.json");
const PRESENT = existsSync(MANIFEST);
const SKIP_NOTE = `real ONNX models not found at ${MODELS_DIR} (set MOBILENET_MODELS_DIR to the folder with manifest.json)`;

interface ManifestEntry {
  readonly id: string;
  readonly file: string;
  readonly params: number;
}

function manifestEntry(id: string): ManifestEntry {
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as { models: ManifestEntry[] };
  const entry = manifest.models.find((m) => m.id === id);
  if (!entry) throw new Error(`${id} not in ${MANIFEST}`);
  return entry;
}

function floatInitializers(file: string): OnnxTensor[] {
  const model = decodeModel(readFileSync(join(MODELS_DIR, file)));
  return model.graph.initializer.filter((t) => t.dataType === 1);
}

/** Elements of the extra "background" classifier output: its C_in weights + 1 bias. */
function extraClassParams(net: ResolvedNetwork, c: RealClassifier): number {
  const fc = net.layers.at(-1);
  return c.storedClasses === 1001 && fc ? fc.input.c + 1 : 0;
}

/** Conv/FC weight tensor sizes the engine predicts, with the stored classifier width. */
function engineWeightSizes(net: ResolvedNetwork, c: RealClassifier): number[] {
  return net.layers.map((l, i) => {
    const out = i === net.layers.length - 1 ? c.storedClasses : l.output.c;
    return l.kernel * l.kernel * (l.input.c / l.groups) * out;
  });
}

const sortNumbers = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe("real ONNX models vs resolveNetwork (parameter reconciliation)", () => {
  it.for(REAL_CLASSIFIERS.map((c) => [c.id, c] as const))(
    "%s: manifest params = engine params + bnParams/2 + background class",
    ([, c], ctx) => {
      if (!PRESENT) ctx.skip(SKIP_NOTE);
      const entry = manifestEntry(c.id);
      const tensors = floatInitializers(entry.file);
      const stored = tensors
        .map((t) => elementCount(t.dims))
        .filter((n) => n > 1)
        .reduce((a, b) => a + b, 0);
      const net = resolveNetwork(c.model, { alpha: c.alpha, resolution: 224 });
      const expected = net.totals.params + net.totals.bnParams / 2 + extraClassParams(net, c);
      expect(stored).toBe(entry.params);
      expect(expected).toBe(entry.params);
    },
  );

  it.for(REAL_CLASSIFIERS.map((c) => [c.id, c] as const))(
    "%s: every conv/FC weight tensor size matches an engine layer (same multiset)",
    ([, c], ctx) => {
      if (!PRESENT) ctx.skip(SKIP_NOTE);
      const tensors = floatInitializers(manifestEntry(c.id).file);
      // Conv weights are rank 4 (OIHW), the Gemm weight rank 2; biases and constants are rank ≤ 1.
      const weights = tensors.filter((t) => t.dims.length >= 2).map((t) => elementCount(t.dims));
      const net = resolveNetwork(c.model, { alpha: c.alpha, resolution: 224 });
      expect(sortNumbers(weights)).toEqual(sortNumbers(engineWeightSizes(net, c)));
    },
  );

  it("pins the differences exactly (V1 0.75: +8,208 +769; V2: +17,056; V3-Small: +6,056 +1,025; V1 1.0: +10,944 +1,025; V3-Large minimalistic: +12,200 +1,281)", (ctx) => {
    if (!PRESENT) ctx.skip(SKIP_NOTE);
    const deltas = REAL_CLASSIFIERS.map((c) => {
      const net = resolveNetwork(c.model, { alpha: c.alpha, resolution: 224 });
      return [manifestEntry(c.id).params - net.totals.params, net.totals.bnParams / 2];
    });
    expect(deltas).toEqual([
      [8_208 + 769, 8_208],
      [17_056, 17_056],
      [6_056 + 1_025, 6_056],
      [10_944 + 1_025, 10_944],
      [12_200 + 1_281, 12_200],
    ]);
  });
});
