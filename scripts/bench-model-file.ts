/**
 * Times what the /model page does with a dropped file — protobuf decode, shape inference and cost count
 * (analyzeOnnxBytes) — on ~15 MB models, against the bare protobuf decode as the in-process baseline.
 *   npm run -s bench:model-file
 * Target (issue 13): parse + count a 15 MB model in ≤ 1 s. Prints JSON; the machine may be shared.
 */
import { readFileSync, existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { analyzeOnnxBytes } from "../lib/model-file/analyze-model";
import { buildOnnxModel } from "../lib/onnx/build-onnx-model";
import { decodeModel } from "../lib/onnx/onnx-proto";
import { spreadOf } from "../lib/stats/spread";
import { exitOnHelp } from "./bench/cli";
import { ratio, round } from "./bench/numbers";
import { printReport } from "./bench/report";

exitOnHelp(`usage: npm run -s bench:model-file

Times what the /model page does with a dropped file (decode, shape inference, cost count) on ~15 MB
models against a bare protobuf decode; prints JSON. No options.`);

const RUNS = 7;
const TARGET_MS = 1000;

function timeRuns(fn: () => unknown): number[] {
  fn(); // warm the JIT once, untimed
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return runs;
}

function bench(name: string, bytes: Uint8Array) {
  // Interleave the baseline and the full analysis so load on the shared machine hits both alike.
  const decode: number[] = [];
  const analyze: number[] = [];
  for (let i = 0; i < 3; i++) {
    decode.push(...timeRuns(() => decodeModel(bytes)));
    analyze.push(...timeRuns(() => analyzeOnnxBytes(bytes)));
  }
  const full = spreadOf(analyze);
  const base = spreadOf(decode);
  return {
    model: name,
    megabytes: round(bytes.byteLength / 1e6, 1),
    analyzeMs: { median: full.median, p90: full.p90, max: full.max, runs: full.runs },
    decodeOnlyMs: { median: base.median, p90: base.p90 },
    ratioAnalyzeToDecode: ratio(full.median, base.median, 2),
    withinTarget: full.max <= TARGET_MS,
  };
}

const cases: [string, Uint8Array][] = [
  ["built v4-conv-s α1 224 (fp32, random weights)", buildOnnxModel("v4-conv-s").bytes],
  ["built v2 α1 224 (fp32, random weights)", buildOnnxModel("v2").bytes],
];
const real = "public/models/mobilenet-v2-1.0-224.onnx";
if (existsSync(real)) cases.push(["real mobilenet-v2-1.0-224.onnx", readFileSync(real)]);

printReport({
  targetMs: TARGET_MS,
  note: "shared 2-core machine; ratio = analyzeOnnxBytes / bare protobuf decode, same process",
  results: cases.map(([name, bytes]) => bench(name, bytes)),
});
