/**
 * Writes the .onnx files the /model e2e spec drops on the page, generated from lib/onnx (never
 * committed): spec-built models, broken variants of one, a graph with an op onnxruntime lacks, and the
 * MobileNetV4 stand-ins (input `pixel_values` [1,3,224,224], output `logits` [1,1000]; the int8 one
 * dynamically quantized). Also writes expected.json with the engine's numbers for them.
 *   npx tsx scripts/model-fixtures.ts <out-dir>
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { resolveNetwork } from "../lib/cost/resolve-network";
import { buildOnnxModel } from "../lib/onnx/build-onnx-model";
import { GraphBuilder, attributes } from "../lib/onnx/graph-builder";
import { decodeModel, encodeModel } from "../lib/onnx/onnx-proto";
import { buildStandInClassifier } from "../lib/onnx/stand-in-classifier";
import { withExternalWeights, withOpset } from "../lib/onnx/model-variants";

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(`usage: npx tsx scripts/model-fixtures.ts <out-dir>

Writes the .onnx fixtures the /model e2e spec uses (spec-built, broken, unsupported-op and
MobileNetV4 stand-in models) and expected.json into <out-dir>.`);
  process.exit(0);
}

const out = process.argv[2];
if (!out) throw new Error("usage: model-fixtures.ts <out-dir>");
mkdirSync(out, { recursive: true });
const write = (name: string, bytes: Uint8Array) => writeFileSync(join(out, name), bytes);

/** One 3×3 Conv on a 16×16 map (not a classifier), then optionally an op with no kernel anywhere. */
function tinyGraph(extraOp?: string): Uint8Array {
  const b = new GraphBuilder(3);
  const w = b.normal("w", [4, 3, 3, 3], 0.1);
  const conv = b.node(
    "Conv",
    "conv",
    ["x", w],
    "conv",
    attributes({ kernel_shape: [3, 3], pads: [1, 1, 1, 1] }),
  );
  const y = extraOp ? b.node(extraOp, "y", [conv], "other") : conv;
  return encodeModel(
    b.toModel({ name: "x", dims: [1, 3, 16, 16] }, { name: y, dims: [1, 4, 16, 16] }, ""),
  );
}

const hybrid = buildOnnxModel("v4-hybrid-m", { alpha: 0.5, resolution: 128 });
const net = resolveNetwork("v4-hybrid-m", { alpha: 0.5, resolution: 128 });
write("hybrid-m.onnx", hybrid.bytes);

const v2 = buildOnnxModel("v2", { alpha: 0.35, resolution: 96 });
write("v2.onnx", v2.bytes);
write("half.onnx", v2.bytes.slice(0, v2.bytes.length >> 1));
const model = decodeModel(v2.bytes);
write("external.onnx", encodeModel(withExternalWeights(model)));
write("future.onnx", encodeModel(withOpset(model, 99)));
write("fancy.onnx", tinyGraph("FancyNewOp"));
write("notes.onnx", new TextEncoder().encode("these are my notes, not a model"));
write("v4-int8-stand-in.onnx", buildStandInClassifier({ quantized: true }));
write("v4-fp32-stand-in.onnx", buildStandInClassifier({ quantized: false }));

const expected = {
  hybrid: {
    macs: net.totals.macs,
    params: hybrid.paramCount,
    attention: net.layers.reduce((s, l) => s + (l.op === "attention" ? l.otherOps : 0), 0),
  },
  v2: { macs: resolveNetwork("v2", { alpha: 0.35, resolution: 96 }).totals.macs },
  fancy: { macs: 4 * 3 * 9 * 16 * 16 },
};
writeFileSync(join(out, "expected.json"), JSON.stringify(expected, null, 2));
