#!/usr/bin/env node
// Optional setup step (issue 8): prepare each installed model's graph once, offline, so the browser
// skips ORT's graph optimizer at session creation. onnxruntime-node 1.30 (the web runtime's version)
// applies the "extended" optimizations the web build would apply (Conv+Clip → FusedConv, Conv+Add
// fusion, Pad folding, Identity removal) and saves the result in ORT format, which onnxruntime-web
// loads directly. "all" is not used: its layout passes target the host CPU (NCHWc on x64), not WASM.
// Inference speed is unchanged (same kernels); only session creation gets faster.
//
//   node scripts/optimize-models.mjs [--out-dir DIR]   → DIR/<name>.ort per installed model (default public/models)
// Each output is checked against its original on every sample photo (logits within 1e-4, same top-5)
// and deleted if it fails. Web sessions over a .ort file should use graphOptimizationLevel "disabled".
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as ort from "onnxruntime-node";
import { compareModels } from "./peer/verify-models.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const modelsDir = join(root, "public/models");
const { values: args } = parseArgs({
  options: { "out-dir": { type: "string", default: modelsDir } },
});
const outDir = args["out-dir"];
mkdirSync(outDir, { recursive: true });
const manifest = JSON.parse(readFileSync(join(root, "lib/models/manifest.json"), "utf8"));

const report = {};
let failed = false;
for (const m of manifest.models) {
  const src = join(modelsDir, m.file);
  if (!existsSync(src)) continue; // browser-only models (V4) are never installed
  const out = join(outDir, m.file.replace(/\.onnx$/, ".ort"));
  await ort.InferenceSession.create(src, {
    graphOptimizationLevel: "extended",
    optimizedModelFilePath: out,
    extra: { session: { save_model_format: "ORT" } },
  });
  const check = await compareModels(src, out, m.preprocessing);
  const bytes = readFileSync(out);
  if (!check.ok) {
    rmSync(out); // never leave a prepared graph that disagrees with the original
    failed = true;
  }
  report[m.id] = {
    file: m.file.replace(/\.onnx$/, ".ort"),
    ok: check.ok,
    maxAbsLogitDiff: check.maxAbs,
    top5Mismatches: check.top5Mismatches,
    bytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
  console.error(
    `optimize-models: ${m.id} → ${report[m.id].file} ${check.ok ? "ok" : "FAILED"} (max |Δlogit| ${check.maxAbs.toExponential(2)})`,
  );
}
writeFileSync(join(outDir, "prepared.json"), JSON.stringify(report, null, 2) + "\n");
console.log(JSON.stringify(report, null, 2));
process.exit(failed ? 1 : 0);
