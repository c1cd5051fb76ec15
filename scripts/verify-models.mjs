#!/usr/bin/env node
// Checks that a prepared (rewritten/optimized) model still computes what the original does:
// onnxruntime-node, every sample photo through the app's preprocessing, logits within 1e-4 and the
// same top-5. Usage: node scripts/verify-models.mjs <original.onnx> <candidate.onnx> [...]
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as ort from "onnxruntime-node";
import { makeInput } from "./peer/make-input.mjs";

const root = join(import.meta.dirname, "..");
/** The installed ImageNet samples, else the committed open photos (always there). */
const SAMPLES =
  process.env.SAMPLES_DIR ??
  [join(root, "public/samples/imagenet"), join(root, "public/samples/open")].find((d) =>
    existsSync(join(d, "labels.json")),
  );
const TOLERANCE = 1e-4;

const top5 = (x) =>
  Array.from(x, (v, i) => [v, i])
    .sort((a, b) => b[0] - a[0])
    .slice(0, 5)
    .map(([, i]) => i);

/**
 * @param {string} original path
 * @param {string} candidate path
 * @param {object} preprocessing the manifest entry's preprocessing
 * @returns {Promise<{ ok: boolean, maxAbs: number, top5Mismatches: string[], top1: Record<string, number> }>}
 */
export async function compareModels(original, candidate, preprocessing) {
  // Level "disabled" on the reference: the original graph, evaluated as written.
  const a = await ort.InferenceSession.create(original, { graphOptimizationLevel: "disabled" });
  const b = await ort.InferenceSession.create(candidate, { graphOptimizationLevel: "disabled" });
  const labels = JSON.parse(readFileSync(join(SAMPLES, "labels.json"), "utf8"));
  let maxAbs = 0;
  const top5Mismatches = [];
  const top1 = {};
  for (const file of readdirSync(SAMPLES).filter((f) => f.endsWith(".jpg"))) {
    const x = await makeInput(join(SAMPLES, file), preprocessing);
    const run = async (s) =>
      (await s.run({ [s.inputNames[0]]: new ort.Tensor("float32", x, [1, 3, 224, 224]) }))[
        s.outputNames[0]
      ].data;
    const [la, lb] = [await run(a), await run(b)];
    for (let i = 0; i < la.length; i++) maxAbs = Math.max(maxAbs, Math.abs(la[i] - lb[i]));
    if (top5(la).join() !== top5(lb).join()) top5Mismatches.push(file);
    top1[file] = top5(lb)[0];
    if (labels[file]?.index !== undefined && top5(la)[0] !== labels[file].index)
      console.error(
        `note: original top-1 on ${file} is ${top5(la)[0]}, label ${labels[file].index}`,
      );
  }
  return { ok: maxAbs <= TOLERANCE && top5Mismatches.length === 0, maxAbs, top5Mismatches, top1 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [original, ...candidates] = process.argv.slice(2);
  if (!original || !candidates.length || original === "--help" || original === "-h") {
    console.log(`usage: node scripts/verify-models.mjs <original.onnx> <candidate.onnx|.ort> [...]

Runs every sample photo through both models in onnxruntime-node (the app's preprocessing) and
prints, per candidate, whether logits agree within 1e-4 with the same top-5.`);
    process.exit(original ? 0 : 2);
  }
  const manifest = JSON.parse(
    readFileSync(new URL("../lib/models/manifest.json", import.meta.url), "utf8"),
  );
  const entry = manifest.models.find((m) => original.endsWith(m.file));
  if (!entry) throw new Error(`${original} is not a model from lib/models/manifest.json`);
  const pre = entry.preprocessing;
  for (const c of candidates) {
    const r = await compareModels(original, c, pre);
    console.log(
      JSON.stringify({
        candidate: c,
        ok: r.ok,
        maxAbs: r.maxAbs,
        top5Mismatches: r.top5Mismatches,
      }),
    );
  }
}
