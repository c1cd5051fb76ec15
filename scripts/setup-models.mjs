#!/usr/bin/env node
// Installs the pretrained models and the ImageNet sample photos into git-ignored folders under
// public/, verifying every model's sha256. Sources, in order: a local mirror folder
// (MOBILENET_MODELS_DIR, default ../shared/models), then the manifest's public URL. With neither,
// it prints one line per missing model and exits 0: the app runs and says how to get them.
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { exitOnHelp } from "./help-flag.mjs";

exitOnHelp(`usage: node scripts/setup-models.mjs   (npm run setup:models)

Installs the manifest's models into public/models (sha256-checked) from MOBILENET_MODELS_DIR
(default ../shared/models) or their public URL, the ImageNet sample photos from
MOBILENET_SAMPLES_DIR (default ../shared/samples), then prepares each model as a gzipped
ORT-format graph (scripts/optimize-models.mjs). Missing sources are reported, exit code 0.`);

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(readFileSync(join(root, "lib/models/manifest.json"), "utf8"));
const modelsMirror = resolve(root, process.env.MOBILENET_MODELS_DIR ?? "../shared/models");
const samplesMirror = resolve(root, process.env.MOBILENET_SAMPLES_DIR ?? "../shared/samples");
const modelsOut = join(root, "public/models");
const samplesOut = join(root, "public/samples/imagenet");

const sha256 = (buf) => createHash("sha256").update(buf).digest("hex");

async function download(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/** Returns the model's bytes from the mirror or its URL, or a reason it could not. */
async function fetchModel(model) {
  const local = model.sources.mirrorFile && join(modelsMirror, model.sources.mirrorFile);
  if (local && existsSync(local)) return { bytes: readFileSync(local), from: local };
  if (model.sources.url && !model.sources.browserOnly) {
    try {
      return { bytes: await download(model.sources.url), from: model.sources.url };
    } catch (err) {
      return { missing: `could not download ${model.sources.url} (${err.message})` };
    }
  }
  return { missing: `not in ${modelsMirror} and no public URL to download it from` };
}

async function installModels() {
  mkdirSync(modelsOut, { recursive: true });
  const installed = [];
  for (const model of manifest.models) {
    if (model.sources.browserOnly) {
      console.log(
        `- ${model.id}: loads in the browser from ${model.sources.url} when online (not installed locally)`,
      );
      continue;
    }
    const target = join(modelsOut, model.file);
    if (existsSync(target) && sha256(readFileSync(target)) === model.sha256) {
      installed.push(model.id);
      console.log(`✓ ${model.id}: already installed`);
      continue;
    }
    const got = await fetchModel(model);
    if (got.missing) {
      console.log(
        `✗ ${model.id}: missing — ${got.missing}. Set MOBILENET_MODELS_DIR to a folder with ${model.file}.`,
      );
      continue;
    }
    const hash = sha256(got.bytes);
    if (hash !== model.sha256) {
      console.log(
        `✗ ${model.id}: sha256 mismatch for ${got.from} (got ${hash.slice(0, 12)}…, want ${model.sha256.slice(0, 12)}…); not installed`,
      );
      continue;
    }
    writeFileSync(target, got.bytes);
    installed.push(model.id);
    console.log(
      `✓ ${model.id}: installed from ${got.from} (${(got.bytes.length / 1e6).toFixed(1)} MB, sha256 ok)`,
    );
  }
  // The app reads this to know which models exist without probing for 404s.
  writeFileSync(join(modelsOut, "installed.json"), JSON.stringify({ installed }, null, 2) + "\n");
  return installed;
}

function installSamples() {
  const labelsFile = join(samplesMirror, "labels.json");
  if (!existsSync(labelsFile)) {
    console.log(
      `- ImageNet sample photos: not found in ${samplesMirror} (the gallery shows the open photos only)`,
    );
    rmSync(samplesOut, { recursive: true, force: true });
    return 0;
  }
  mkdirSync(samplesOut, { recursive: true });
  const labels = JSON.parse(readFileSync(labelsFile, "utf8"));
  const photos = readdirSync(samplesMirror).filter((f) => f.endsWith(".jpg") && labels[f]);
  for (const f of photos) copyFileSync(join(samplesMirror, f), join(samplesOut, f));
  const kept = Object.fromEntries(photos.map((f) => [f, labels[f]]));
  writeFileSync(join(samplesOut, "labels.json"), JSON.stringify(kept, null, 2) + "\n");
  console.log(
    `✓ ${photos.length} ImageNet sample photos copied to public/samples/imagenet/ (local use only, never committed)`,
  );
  return photos.length;
}

/** The app's WASM sessions load these when present and fall back to the .onnx otherwise. */
function prepareModels() {
  const run = spawnSync(process.execPath, [join(root, "scripts/optimize-models.mjs")], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  console.log(
    run.status === 0
      ? "✓ ORT-format graphs prepared in public/models/<hash>/ (sha256 in prepared.json)"
      : "- ORT-format graphs: not prepared (the app uses the .onnx files instead)",
  );
}

/**
 * The detection and segmentation models (lib/models/task-models.json) with their anchors and label
 * files, sha256-checked, into public/models. Listed in their own public/models/installed-tasks.json,
 * never in installed.json, so nothing takes them for classifiers.
 */
function installTaskModels() {
  const tasks = JSON.parse(readFileSync(join(root, "lib/models/task-models.json"), "utf8"));
  const installed = [];
  const copyChecked = (entry, what) => {
    const target = join(modelsOut, entry.file);
    if (existsSync(target) && sha256(readFileSync(target)) === entry.sha256) return true;
    const source = join(modelsMirror, entry.file);
    if (!existsSync(source)) {
      console.log(
        `✗ ${what}: missing — not in ${modelsMirror}. Set MOBILENET_MODELS_DIR to a folder with ${entry.file}.`,
      );
      return false;
    }
    const bytes = readFileSync(source);
    const hash = sha256(bytes);
    if (hash !== entry.sha256) {
      console.log(
        `✗ ${what}: sha256 mismatch for ${source} (got ${hash.slice(0, 12)}…, want ${entry.sha256.slice(0, 12)}…); not installed`,
      );
      return false;
    }
    writeFileSync(target, bytes);
    return true;
  };
  const filesOk = new Map(tasks.files.map((f) => [f.file, copyChecked(f, f.file)]));
  for (const model of tasks.models) {
    const needs = [model.labels.file, ...(model.anchors ? [model.anchors] : [])];
    if (!copyChecked(model, model.id) || !needs.every((f) => filesOk.get(f))) continue;
    installed.push(model.id);
    console.log(`✓ ${model.id} (${model.task}): installed with ${needs.join(", ")} (sha256 ok)`);
  }
  writeFileSync(
    join(modelsOut, "installed-tasks.json"),
    JSON.stringify({ installed }, null, 2) + "\n",
  );
  console.log(
    `setup:models: ${installed.length} of ${tasks.models.length} detection/segmentation models installed`,
  );
}

const installed = await installModels();
installSamples();
if (installed.length > 0) prepareModels();
installTaskModels();
const wanted = manifest.models.filter((m) => !m.sources.browserOnly).length;
console.log(`setup:models: ${installed.length} of ${wanted} models installed in public/models/`);
