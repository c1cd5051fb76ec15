#!/usr/bin/env node
// Setup step (run by `npm run setup:models`): prepare each installed model's graph once, offline, so
// the browser skips ORT's graph optimizer at session creation. onnxruntime-node (the web runtime's version)
// applies the "extended" optimizations the web build would apply (Conv+Clip → FusedConv, Conv+Add
// fusion, Pad folding, Identity removal) and saves the result in ORT format, which onnxruntime-web
// loads directly. "all" is not used: its layout passes target the host CPU (NCHWc on x64), not WASM.
// Inference speed is unchanged (same kernels); only session creation gets faster.
//
//   node scripts/optimize-models.mjs [--out-dir DIR]
// writes, per installed model, DIR/<first 16 hex of its sha256>/<name>.ort.gz (gzip -9: the browser
// gunzips it itself, so it travels at 47 % of the .onnx whatever the server does; the content-hashed
// folder lets it be cached as immutable) and DIR/prepared.json with the .ort's sha256, which the app
// checks before use. Each graph is checked against its original on every sample photo (logits within
// 1e-4, same top-5) and left out if it fails. Web sessions over it use graphOptimizationLevel "disabled".
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as ort from "onnxruntime-node";
import { compareModels } from "./verify-models.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const modelsDir = join(root, "public/models");
const { values: args } = parseArgs({
  options: {
    "out-dir": { type: "string", default: modelsDir },
    help: { type: "boolean", short: "h" },
  },
});
if (args.help) {
  console.log(`usage: node scripts/optimize-models.mjs [--out-dir DIR]

Prepares every installed model (public/models) as a gzipped ORT-format graph in
DIR/<hash>/<name>.ort.gz, checks it against the original on the sample photos, and
records its sha256 in DIR/prepared.json (default DIR: public/models).`);
  process.exit(0);
}
const outDir = args["out-dir"];
mkdirSync(outDir, { recursive: true });
const manifest = JSON.parse(readFileSync(join(root, "lib/models/manifest.json"), "utf8"));

const report = {};
const previousFile = join(outDir, "prepared.json");
const previous = existsSync(previousFile) ? JSON.parse(readFileSync(previousFile, "utf8")) : {};
const sha256Of = (bytes) => createHash("sha256").update(bytes).digest("hex");

/** A graph prepared earlier from this same .onnx, still on disk and intact (ORT's output is not byte-stable). */
function stillValid(entry, sourceSha256) {
  if (!entry?.ok || entry.sourceSha256 !== sourceSha256) return false;
  const file = join(outDir, entry.url.replace(/^\/models\//, ""));
  return existsSync(file) && sha256Of(gunzipSync(readFileSync(file))) === entry.sha256;
}
const kept = new Set();
let failed = false;
for (const m of manifest.models) {
  const src = join(modelsDir, m.file);
  if (!existsSync(src)) continue; // browser-only models (V4) are never installed
  const sourceSha256 = sha256Of(readFileSync(src));
  if (stillValid(previous[m.id], sourceSha256)) {
    report[m.id] = previous[m.id];
    kept.add(previous[m.id].url.split("/")[2]);
    console.error(`optimize-models: ${m.id} → ${previous[m.id].url} already prepared`);
    continue;
  }
  const name = m.file.replace(/\.onnx$/, ".ort");
  const out = join(outDir, name);
  await ort.InferenceSession.create(src, {
    graphOptimizationLevel: "extended",
    optimizedModelFilePath: out,
    extra: { session: { save_model_format: "ORT" } },
  });
  const check = await compareModels(src, out, m.preprocessing);
  const bytes = readFileSync(out);
  rmSync(out); // only the gzipped copy in its hash folder is served
  const sha256 = sha256Of(bytes);
  const url = `/models/${sha256.slice(0, 16)}/${name}.gz`;
  const gz = gzipSync(bytes, { level: 9 });
  if (check.ok) {
    mkdirSync(join(outDir, sha256.slice(0, 16)), { recursive: true });
    writeFileSync(join(outDir, sha256.slice(0, 16), `${name}.gz`), gz);
    kept.add(sha256.slice(0, 16));
  } else {
    failed = true; // never serve a prepared graph that disagrees with the original
  }
  report[m.id] = {
    url,
    ok: check.ok,
    maxAbsLogitDiff: check.maxAbs,
    top5Mismatches: check.top5Mismatches,
    bytes: bytes.length,
    gzBytes: gz.length,
    sha256,
    sourceSha256,
  };
  console.error(
    `optimize-models: ${m.id} → ${url} ${check.ok ? "ok" : "FAILED"} (${(gz.length / 1e6).toFixed(1)} MB gzipped, max |Δlogit| ${check.maxAbs.toExponential(2)})`,
  );
}
// Hash folders of graphs that are no longer current.
for (const entry of readdirSync(outDir, { withFileTypes: true }))
  if (entry.isDirectory() && /^[0-9a-f]{16}$/.test(entry.name) && !kept.has(entry.name))
    rmSync(join(outDir, entry.name), { recursive: true, force: true });
writeFileSync(join(outDir, "prepared.json"), JSON.stringify(report, null, 2) + "\n");
console.log(JSON.stringify(report, null, 2));
process.exit(failed ? 1 : 0);
