/// <reference lib="webworker" />
/**
 * The throw-away layer-timing worker: one job, then the page terminates it. A profiled
 * onnxruntime-web session leaves its WASM instance slower for later sessions (see lib/lab/lab-client),
 * so profiling never happens in the classify, inside or lab workers, and in this one the profiled
 * session is made last. It measures, interleaved round by round (see `measure`): the model
 * unprofiled (the median the layer times are checked against), the device's two roofline ceilings
 * (ceiling-graphs.ts), and the model profiled (each kernel's time per run).
 */
import { tapConsoleLog } from "@/lib/inference/console-tap";
import { plainErrorReply } from "@/lib/inference/serve-in-order";
import { isModelId } from "@/lib/arch/models";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { loadModelBytes } from "@/lib/inference/model-store";
import { configureOrt } from "@/lib/inference/ort-env";
import type { Ort } from "@/lib/inference/ort-env";
import { sessionOptions } from "@/lib/inference/session-options";
import { mapLayers } from "@/lib/inside/layer-map";
import { analyzeOnnxModel } from "@/lib/model-file/analyze-model";
import type { ModelAnalysis } from "@/lib/model-file/analyze-model";
import { readModel } from "@/lib/model-file/read-model";
import type { OnnxModel } from "@/lib/onnx/onnx-proto";
import { quantile } from "@/lib/stats/spread";
import { STEADY_RULE, warmUntilSteady } from "@/lib/stats/steady-state";
import { bandwidthGraph, peakComputeGraph } from "./ceiling-graphs";
import type { CeilingGraph } from "./ceiling-graphs";
import { layerRowsOf } from "./layer-bytes";
import { profiledRuns } from "./profile-trace";
import type {
  LayerTimingReport,
  TimingRequest,
  TimingResponse,
  TimingSource,
  TimingStage,
} from "./protocol";
import type { Ceilings } from "./roofline";
import { summarizeTiming } from "./summarize";

const scope = self as unknown as DedicatedWorkerGlobalScope;

/* Installed before ORT starts: the profiler prints through console.log (see console-tap). */
/*
 * One thread. With ORT's pool of several, a profiled session slows every session of the instance,
 * kernels and plain runs alike (Node, V2: 25 ms unprofiled on 2 threads became 78 ms once a profiled
 * session existed; on 1 thread 41 → 43 ms), so multi-threaded layer times would describe the profiler.
 */
const PROFILED_THREADS = 1;

const consoleTap = tapConsoleLog();

type Session = Awaited<ReturnType<Ort["InferenceSession"]["create"]>>;
type Feeds = Record<string, InstanceType<Ort["Tensor"]>>;

const STAGE_START: Readonly<Record<TimingStage, number>> = {
  loading: 0,
  "timing-unprofiled": 0.15,
  "measuring-ceilings": 0.3,
  "warming-profiled": 0.45,
  profiling: 0.6,
};

function post(msg: TimingResponse): void {
  scope.postMessage(msg);
}

function floatFeeds(ort: Ort, inputs: ModelAnalysis["inputs"]): Feeds {
  const feeds: Feeds = {};
  for (const input of inputs) {
    if (input.elemType !== 1)
      throw new Error(
        `The input "${input.name}" is not float32 (ONNX type ${input.elemType}); layer timing feeds float test images only.`,
      );
    const count = input.dims.reduce((a, b) => a * b, 1);
    const data = new Float32Array(count).map((_, i) => Math.sin(i * 0.001));
    feeds[input.name] = new ort.Tensor("float32", data, [...input.dims]);
  }
  return feeds;
}

/** A session with its feeds, timed one run at a time. */
interface Timed {
  readonly session: Session;
  readonly feeds: Feeds;
}

async function timeRun(t: Timed): Promise<number> {
  const start = performance.now();
  await t.session.run(t.feeds);
  return performance.now() - start;
}

async function openCeiling(ort: Ort, g: CeilingGraph): Promise<Timed> {
  const session = await ort.InferenceSession.create(g.bytes, sessionOptions("wasm"));
  const count = g.inputDims.reduce((a, b) => a * b, 1);
  const data = new Float32Array(count).fill(0.5);
  return { session, feeds: { [g.inputName]: new ort.Tensor("float32", data, [...g.inputDims]) } };
}

/**
 * Four sessions, all made before any profiled run: the model plain, the two ceiling graphs, the
 * model profiled (last: a profiled session can slow sessions made after it). Each warms until
 * steady; then `runs` rounds run each once, interleaved, so a change in the machine's load hits the
 * unprofiled median, the ceilings and the layer times alike.
 */
async function measure(
  ort: Ort,
  bytes: Uint8Array,
  feeds: Feeds,
  runs: number,
  stage: (s: TimingStage, fraction?: number) => void,
) {
  const open: Session[] = [];
  try {
    stage("timing-unprofiled");
    const plain: Timed = {
      session: await ort.InferenceSession.create(bytes, sessionOptions("wasm")),
      feeds,
    };
    open.push(plain.session);
    await warmUntilSteady(() => timeRun(plain));
    stage("measuring-ceilings");
    const peakGraph = peakComputeGraph();
    const bwGraph = bandwidthGraph();
    const peak = await openCeiling(ort, peakGraph);
    open.push(peak.session);
    const bw = await openCeiling(ort, bwGraph);
    open.push(bw.session);
    // One node each, warm after a few runs: the shorter rule keeps the whole job within seconds.
    await warmUntilSteady(() => timeRun(peak), STEADY_RULE);
    await warmUntilSteady(() => timeRun(bw), STEADY_RULE);
    stage("warming-profiled");
    const profiled: Timed = {
      session: await ort.InferenceSession.create(bytes, {
        ...sessionOptions("wasm"),
        enableProfiling: true,
      }),
      feeds,
    };
    open.push(profiled.session);
    const warmUp = await warmUntilSteady(() => timeRun(profiled));
    const times = { plain: [] as number[], peak: [] as number[], bw: [] as number[] };
    for (let i = 0; i < runs; i++) {
      stage("profiling", STAGE_START.profiling + (0.4 * i) / runs);
      times.plain.push(await timeRun(plain));
      times.peak.push(await timeRun(peak));
      times.bw.push(await timeRun(bw));
      await profiled.session.run(feeds);
    }
    const { lines } = await consoleTap.collect(async () => profiled.session.endProfiling());
    const all = profiledRuns(lines);
    if (all.length < runs)
      throw new Error(
        "onnxruntime-web printed no per-kernel profile in this browser, so layers cannot be timed here.",
      );
    const ceilings: Ceilings = {
      peakGmacs: peakGraph.macs / (quantile(times.peak, 0.5) * 1e6),
      bandwidthGBs: bwGraph.movedBytes / (quantile(times.bw, 0.5) * 1e6),
    };
    return {
      runs: all.slice(-runs),
      warmUp,
      unprofiledMs: quantile(times.plain, 0.5),
      ceilings,
    };
  } finally {
    for (const s of open) await s.release();
  }
}

/** Node name → engine path for the real models (empty when the map does not fit the graph). */
function engineLabels(model: OnnxModel, source: TimingSource): Map<string, string> {
  if (source.kind !== "model" || !isModelId(source.engine.model)) return new Map();
  try {
    const net = resolveNetwork(source.engine.model, {
      alpha: source.engine.alpha,
      resolution: source.engine.resolution,
    });
    return new Map(mapLayers(model, net).map((t) => [t.nodeName, t.layer.path]));
  } catch {
    return new Map();
  }
}

async function sourceBytes(source: TimingSource): Promise<{ bytes: Uint8Array; size: number }> {
  if (source.kind === "file")
    return { bytes: new Uint8Array(source.bytes), size: source.inputSize };
  const stored = await loadModelBytes(
    source.model,
    () => {},
    () => {},
  );
  return { bytes: stored.bytes, size: source.model.preprocessing.center_crop };
}

function deviceName(ort: Ort): string {
  const threads = ort.env.wasm.numThreads ?? 1;
  return `WASM, ${threads} thread${threads === 1 ? "" : "s"}`;
}

/** The ceilings alone: both graphs warmed until steady, then `runs` interleaved rounds. */
async function ceilingsOnly(
  req: Extract<TimingRequest, { type: "measure-ceilings" }>,
): Promise<TimingResponse> {
  const t0 = performance.now();
  const ort = configureOrt(PROFILED_THREADS);
  post({ type: "progress", id: req.id, progress: { stage: "measuring-ceilings", fraction: 0.1 } });
  const peakGraph = peakComputeGraph();
  const bwGraph = bandwidthGraph();
  const peak = await openCeiling(ort, peakGraph);
  const bw = await openCeiling(ort, bwGraph);
  try {
    await warmUntilSteady(() => timeRun(peak), STEADY_RULE);
    await warmUntilSteady(() => timeRun(bw), STEADY_RULE);
    const times = { peak: [] as number[], bw: [] as number[] };
    for (let i = 0; i < req.runs; i++) {
      times.peak.push(await timeRun(peak));
      times.bw.push(await timeRun(bw));
    }
    return {
      type: "ceilings",
      id: req.id,
      ceilings: {
        peakGmacs: peakGraph.macs / (quantile(times.peak, 0.5) * 1e6),
        bandwidthGBs: bwGraph.movedBytes / (quantile(times.bw, 0.5) * 1e6),
      },
      device: deviceName(ort),
      jobMs: performance.now() - t0,
    };
  } finally {
    await peak.session.release();
    await bw.session.release();
  }
}

async function timeLayers(
  req: Extract<TimingRequest, { type: "time-layers" }>,
): Promise<LayerTimingReport> {
  const t0 = performance.now();
  const stage = (s: TimingStage, fraction = STAGE_START[s]) =>
    post({ type: "progress", id: req.id, progress: { stage: s, fraction } });
  stage("loading");
  const ort = configureOrt(PROFILED_THREADS);
  const { bytes, size } = await sourceBytes(req.source);
  const model = readModel(bytes);
  const analysis = analyzeOnnxModel(model, size);
  const labels = engineLabels(model, req.source);
  const layers = layerRowsOf(analysis.rows, labels);
  if (layers.length === 0)
    throw new Error("This graph has no convolution or fully connected layer to time.");
  const feeds = floatFeeds(ort, analysis.inputs);
  const m = await measure(ort, bytes, feeds, req.runs, stage);
  return {
    summary: summarizeTiming(layers, m.runs, m.unprofiledMs),
    ceilings: m.ceilings,
    device: deviceName(ort),
    ortVersion: ort.env.versions.web ?? "unknown",
    warmUp: m.warmUp,
    jobMs: performance.now() - t0,
    namesFromNodes: labels.size === 0,
  };
}

scope.onmessage = (e: MessageEvent<TimingRequest>) => {
  const req = e.data;
  const work: Promise<TimingResponse> =
    req.type === "measure-ceilings"
      ? ceilingsOnly(req)
      : timeLayers(req).then((report) => ({ type: "timed", id: req.id, report }));
  work.then(post, (err: unknown) => post(plainErrorReply(req.id, err)));
};
