#!/usr/bin/env node
// Peer benchmark (issue 8): the app's ORT-web inference path vs TensorFlow.js's WASM backend on the
// same MobileNetV2 weights, interleaved in small blocks inside one headless Chromium run so both
// share the machine's noise. Prints JSON: medians, mins, threads actually used, ratio app / TF.js.
//
//   node scripts/bench-peer.mjs [--configs a,b,...] [--blocks 6] [--per-block 10] [--warmup 5]
//                               [--profile] [--sample zebra.jpg] [--out file.json]
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync, existsSync, mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startServer } from "./peer/server.mjs";
import { ortBasePath } from "./ort-files.mjs";
import { onnxToTfjsPlan } from "./peer/onnx-to-tfjs.mjs";
import { makeInput } from "./peer/make-input.mjs";
import { parseConfig } from "./peer/configs.mjs";
import { compareConvs, summarizeOrtProfile, summarizeTfjsProfile } from "./peer/profiles.mjs";
import { bundleAppWorker } from "./peer/app-worker-bundle.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    configs: { type: "string", default: "app-1t,tfjs-1t,app-2t,tfjs-2t,tfjs-2t-forced" },
    blocks: { type: "string", default: "8" },
    "per-block": { type: "string", default: "10" },
    warmup: { type: "string", default: "5" },
    profile: { type: "boolean", default: false },
    sample: { type: "string", default: "zebra.jpg" },
    samples: { type: "string", default: process.env.SAMPLES_DIR ?? "/work/shared/samples" },
    out: { type: "string" },
    // Seconds to wait, at most, for the machine to go idle (other builds/tests on the same cores).
    "wait-idle": { type: "string", default: "0" },
    help: { type: "boolean", short: "h" },
  },
});
if (args.help) {
  console.log(`usage: npm run bench:peer -- [options]

The app's inference path vs TensorFlow.js WASM on the same MobileNetV2 weights, interleaved in
one Chromium (see scripts/peer/README.md). Options:
  --configs a,b,…   rows to run (default app-1t,tfjs-1t,app-2t,tfjs-2t,tfjs-2t-forced)
  --blocks N        interleaved blocks (8)     --per-block N  runs per block (10)
  --warmup N        untimed runs per row (5)   --profile      per-op profiles
  --sample FILE     photo (zebra.jpg)          --samples DIR  where the photos are
  --wait-idle S     wait up to S seconds for an idle machine   --out FILE  JSON output`);
  process.exit(0);
}
const names = args.configs.split(",").filter(Boolean);
const blocks = Number(args.blocks);
const perBlock = Number(args["per-block"]);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 2) => (x == null ? null : Number(x.toFixed(d)));
const top5 = (logits) =>
  logits
    .map((v, i) => [v, i])
    .sort((a, b) => b[0] - a[0])
    .slice(0, 5)
    .map(([, i]) => i);

// --- inputs: app preprocessing on the sample, TF.js op list from the ONNX initializers --------
const manifest = JSON.parse(readFileSync(join(root, "lib/models/manifest.json"), "utf8"));
const v2 = manifest.models.find((m) => m.id === "mobilenet-v2-1.0-224");
const v2Path = join(root, "public/models", v2.file);
const input = await makeInput(join(args.samples, args.sample), v2.preprocessing);
const { plan, weights } = onnxToTfjsPlan(readFileSync(v2Path));
const blobs = new Map([
  ["/gen/input.bin", { body: new Uint8Array(input.buffer), type: "application/octet-stream" }],
  ["/gen/v2-plan.json", { body: JSON.stringify(plan), type: "application/json" }],
  [
    "/gen/v2-weights.bin",
    { body: new Uint8Array(weights.buffer), type: "application/octet-stream" },
  ],
]);
for (const name of names) {
  const cfg = parseConfig(name);
  const path = `/gen/app-worker-${cfg.cores ?? "native"}.mjs`;
  if (cfg.kind === "app" && !blobs.has(path))
    blobs.set(path, { body: await bundleAppWorker(root, cfg.cores), type: "text/javascript" });
}
// The sample as a file, for the app's worker: it decodes and preprocesses it itself (timed apart).
blobs.set(`/gen/${args.sample}`, {
  body: readFileSync(join(args.samples, args.sample)),
  type: "image/jpeg",
});
// The ModelSpec the app's page sends its worker (lib/inference/protocol.ts), built from the manifest.
const appModel = {
  id: v2.id,
  url: `/models/${v2.file}`,
  sha256: v2.sha256,
  bytes: v2.bytes,
  inputName: v2.input.name,
  outputName: v2.output.name,
  preprocessing: v2.preprocessing,
};
if (!existsSync(join(root, "public", ortBasePath(), "ort-wasm-simd-threaded.wasm"))) {
  console.error("bench-peer: public/ort is missing; run `node scripts/copy-ort.mjs` first.");
  process.exit(1);
}
const server = await startServer(
  {
    "/peer/": join(root, "scripts/peer"),
    "/ort/": join(root, "public/ort"),
    "/ortdist/": join(root, "node_modules/onnxruntime-web/dist"),
    "/models/": join(root, "public/models"),
    // Candidate models from experiments / scripts/optimize-models.mjs, when not yet installed.
    "/xmodels/": process.env.PEER_MODELS_DIR ?? join(tmpdir(), "peer-models"),
    "/tfjs/core/": join(root, "node_modules/@tensorflow/tfjs-core/dist"),
    "/tfjs/wasm/": join(root, "node_modules/@tensorflow/tfjs-backend-wasm/dist"),
  },
  blobs,
);

const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "bench-peer-")), {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
});
const log = (...a) => console.error("[bench-peer]", ...a);

/** Fraction of CPU time idle over the next `ms`, from /proc/stat (Linux); null elsewhere. */
async function idleFraction(ms = 2000) {
  const read = () => {
    try {
      const f = readFileSync("/proc/stat", "utf8")
        .split("\n")[0]
        .trim()
        .split(/\s+/)
        .slice(1)
        .map(Number);
      return { idle: f[3] + (f[4] ?? 0), total: f.reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  return a && b ? (b.idle - a.idle) / Math.max(1, b.total - a.total) : null;
}
const waitUntil = Date.now() + Number(args["wait-idle"]) * 1000;
let idleAtStart = await idleFraction(1000);
while (idleAtStart != null && idleAtStart < 0.85 && Date.now() < waitUntil) {
  log(`waiting for idle cores (${Math.round(idleAtStart * 100)}% idle)`);
  idleAtStart = await idleFraction(3000);
}
const loadBefore = loadavg()[0];
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => log("pageerror", e.message));
  await page.goto(`${server.origin}/peer/bench.html`);
  await page.waitForFunction(() => window.peerReady === true);
  const isolated = await page.evaluate(() => window.peer.isolated());
  const hardwareConcurrency = await page.evaluate(() => navigator.hardwareConcurrency);
  const chromiumVersion = browser.browser()?.version() ?? null;

  // Set up every configuration first (each in its own worker), then interleave timed blocks.
  const results = {};
  for (const name of names) {
    const cfg = parseConfig(name);
    if (cfg.kind === "app") {
      const url = `/gen/app-worker-${cfg.cores ?? "native"}.mjs`;
      const ready = await page.evaluate(
        ({ name, url, model, image }) => window.peer.addApp(name, url, model, image),
        { name, url, model: appModel, image: `/gen/${args.sample}` },
      );
      results[name] = {
        engine: `app classify worker (lib/inference), onnxruntime-web ${ready.env.ortVersion}`,
        options: {
          backend: ready.session.backend,
          note: "lib/inference/session-options.ts + ort-env.ts as committed",
        },
        threadsRequested: cfg.threads,
        threadsUsed: ready.env.threads,
        setupMs: round(ready.setupMs, 0),
        firstRunMs: round(ready.firstMs, 1),
        top5: ready.top5.map((p) => p.index),
        logits: null,
        preprocessMs: [],
        times: [],
        roundTrips: [],
      };
      log(
        `${name}: ready (app worker, threads ${ready.env.threads}, setup ${Math.round(ready.setupMs)} ms)`,
      );
      await page.evaluate(({ name, n }) => window.peer.runApp(name, n), {
        name,
        n: Number(args.warmup),
      });
      continue;
    }
    const ready = await page.evaluate(({ name, cfg }) => window.peer.add({ name, ...cfg }), {
      name,
      cfg,
    });
    results[name] = {
      engine:
        cfg.kind === "tfjs"
          ? `tfjs-backend-wasm ${ready.version}`
          : `onnxruntime-web ${ready.version ?? ""} ${cfg.init.entry}`,
      options:
        cfg.kind === "ort"
          ? cfg.init.sessionOptions
          : { fused: "conv2d/depthwiseConv2d+bias+relu6" },
      threadsRequested: cfg.threads,
      threadsUsed: ready.threads,
      setupMs: round(ready.setupMs, 0),
      sessionCreateMs: ready.createMs == null ? undefined : round(ready.createMs, 0),
      firstRunMs: round(ready.firstMs, 1),
      top5: top5(ready.logits),
      logits: ready.logits,
      times: [],
      roundTrips: [],
    };
    log(
      `${name}: ready (threads ${ready.threads}, setup ${Math.round(ready.setupMs)} ms, first ${ready.firstMs.toFixed(1)} ms)`,
    );
    await page.evaluate(({ name, n }) => window.peer.run(name, n), {
      name,
      n: Number(args.warmup),
    });
  }
  for (let b = 0; b < blocks; b++) {
    // Rotate the order each block so no configuration always runs right after a given other one.
    const order = names.map((_, i) => names[(i + b) % names.length]);
    for (const name of order) {
      const isApp = parseConfig(name).kind === "app";
      const r = await page.evaluate(
        ({ name, n, isApp }) => (isApp ? window.peer.runApp(name, n) : window.peer.run(name, n)),
        {
          name,
          n: perBlock,
          isApp,
        },
      );
      results[name].times.push(...r.times);
      results[name].roundTrips.push(r.roundTripMs);
      if (isApp) {
        results[name].preprocessMs.push(r.preprocessMs);
        results[name].top5 = r.top5.map((p) => p.index);
      }
    }
    log(
      `block ${b + 1}/${blocks}: ` +
        names.map((n) => `${n} ${median(results[n].times).toFixed(1)}`).join(", "),
    );
  }

  const profiles = {};
  if (args.profile) {
    for (const name of names) {
      const cfg = parseConfig(name);
      if (cfg.kind === "app") continue; // profiled through its bare twin (same entry/options)
      if (cfg.kind === "tfjs") {
        const p = await page.evaluate(({ name }) => window.peer.profile(name, 20), { name });
        profiles[name] = summarizeTfjsProfile(p.ops);
        profiles[name].note =
          "median per op over 20 runs, timed around each TF.js op call (dispatch included)";
      } else {
        const pname = `${name}#profile`;
        const pcfg = {
          ...cfg,
          init: {
            ...cfg.init,
            sessionOptions: { ...cfg.init.sessionOptions, enableProfiling: true },
          },
        };
        await page.evaluate(({ name, cfg }) => window.peer.add({ name, ...cfg }), {
          name: pname,
          cfg: pcfg,
        });
        const p = await page.evaluate(({ name }) => window.peer.profile(name, 20), { name: pname });
        profiles[name] = summarizeOrtProfile(p.logs, 21);
        profiles[name].note =
          "median per node over 20 profiled runs (ORT profiler, kernel time only)";
        await page.evaluate(({ name }) => window.peer.remove(name), { name: pname });
      }
    }
  }

  // Pair each ORT profile with the TF.js profile at the same thread count, conv by conv.
  if (args.profile) {
    for (const [name, p] of Object.entries(profiles)) {
      if (parseConfig(name).kind !== "ort") continue;
      const t = parseConfig(name).threads;
      const peer = Object.keys(profiles).find(
        (n) => parseConfig(n).kind === "tfjs" && results[n].threadsUsed === t,
      );
      if (peer) p.vsTfjs = { peer, ...compareConvs(p, profiles[peer]) };
    }
  }

  // --- report -------------------------------------------------------------------------------
  // Logit differences are measured against the first configuration that exposes logits (the app's
  // worker returns probabilities only; its top-5 is compared instead).
  const ref = Object.values(results).find((r) => r.logits) ?? results[names[0]];
  const configs = {};
  for (const [name, r] of Object.entries(results)) {
    let maxAbs = r.logits ? 0 : null;
    if (r.logits)
      for (let i = 0; i < r.logits.length; i++)
        maxAbs = Math.max(maxAbs, Math.abs(r.logits[i] - ref.logits[i]));
    configs[name] = {
      engine: r.engine,
      options: r.options,
      threadsRequested: r.threadsRequested,
      threadsUsed: r.threadsUsed,
      runs: r.times.length,
      medianMs: round(median(r.times)),
      minMs: round(Math.min(...r.times)),
      roundTripMedianMs: round(median(r.roundTrips)),
      ...(r.preprocessMs ? { preprocessMedianMs: round(median(r.preprocessMs)) } : {}),
      setupMs: r.setupMs,
      ...(r.sessionCreateMs != null ? { sessionCreateMs: r.sessionCreateMs } : {}),
      firstRunMs: r.firstRunMs,
      top5: r.top5,
      top5MatchesReference: r.top5.join() === ref.top5.join(),
      maxAbsLogitDiffVsReference: maxAbs == null ? null : Number(maxAbs.toExponential(2)),
    };
  }
  const ratios = {};
  // "2t" compares with TF.js as a user gets it (its cap may leave it 1 thread); "2t-vs-forced" with
  // TF.js really running 2 threads (hardwareConcurrency reported as 4 to it): thread for thread.
  for (const [key, appName, tfName] of [
    ["1t", "app-1t", "tfjs-1t"],
    ["2t", "app-2t", "tfjs-2t"],
    ["2t-vs-forced", "app-2t", "tfjs-2t-forced"],
  ]) {
    const app = configs[appName];
    const tf = configs[tfName];
    if (!app || !tf) continue;
    ratios[key] = {
      appOverTfjsMedian: round(app.medianMs / tf.medianMs, 3),
      appOverTfjsMin: round(app.minMs / tf.minMs, 3),
      appThreadsUsed: app.threadsUsed,
      tfjsThreadsUsed: tf.threadsUsed,
      sameTop5: app.top5.join() === tf.top5.join(),
    };
  }
  const report = {
    benchmark: "bench:peer",
    model: v2.id,
    sample: args.sample,
    expectedClass:
      JSON.parse(readFileSync(join(args.samples, "labels.json"), "utf8"))[args.sample]?.index ??
      null,
    // 1-minute load average around the run: anything well above 1 means other work shared the cores.
    machine: {
      hardwareConcurrency,
      crossOriginIsolated: isolated,
      chromium: chromiumVersion,
      idleFractionAtStart: idleAtStart == null ? null : round(idleAtStart),
      loadAvgBefore: round(loadBefore),
      loadAvgAfter: round(loadavg()[0]),
    },
    reference: Object.keys(results).find((k) => results[k] === ref),
    method: `${blocks} blocks × ${perBlock} runs per config, order rotated per block, ${args.warmup} warm-up runs; time = one inference inside the worker (input tensor → logits read), preprocessing excluded`,
    ratios,
    configs,
    ...(args.profile ? { profiles } : {}),
  };
  const json = JSON.stringify(report, null, 2);
  if (args.out) writeFileSync(args.out, json + "\n");
  console.log(json);
} finally {
  await browser.close();
  await server.close();
}
