/// <reference lib="webworker" />
/**
 * The latency-lab worker: builds a MobileNet as ONNX bytes (lib/onnx), creates an onnxruntime-web
 * session on WASM or WebGPU, warms it until its times are steady, then times a batch of runs and
 * posts once (no message, so no page rendering, while timed runs are in flight). Profiling runs in
 * a second instance of this worker (see LabClient): a profiled session leaves onnxruntime-web's WASM
 * instance slower for every later session in it, so the timing worker never profiles.
 * One request at a time: timings must not overlap, and each session is released before the next.
 */
import { MODEL_SPECS } from "@/lib/arch/models";
import { configureOrt, ortFor } from "@/lib/inference/ort-env";
import { startWasmRuntime } from "@/lib/inference/runtime-start";
import { sessionOptions } from "@/lib/inference/session-options";
import { buildOnnxModel } from "@/lib/onnx/build-onnx-model";
import { probeWebGpuAdapter } from "@/lib/inference/webgpu-adapter";
import { tapConsoleLog } from "@/lib/inference/console-tap";
import { plainErrorReply, serveInOrder } from "@/lib/inference/serve-in-order";
import { timeOnce, timeSteady } from "@/lib/inference/steady-timing";
import type { WarmUp } from "@/lib/stats/steady-state";
import { jobKey } from "./lab-grid";
import type { LabJob } from "./lab-grid";
import type { LabEnv, LabRequest, LabResponse, LabStage } from "./lab-protocol";
import type { Measurement, OpSplit } from "./measurement";
import { median, onnxFileName } from "./measurement";
import { splitProfile } from "./profile-split";

const scope = self as unknown as DedicatedWorkerGlobalScope;

/* Installed before ORT starts: the profiler prints through console.log (see console-tap). */
const consoleTap = tapConsoleLog();

let envProbe: Promise<LabEnv> | undefined;

function probe(): Promise<LabEnv> {
  envProbe ??= (async () => {
    const ort = configureOrt();
    void startWasmRuntime(ort); // WASM is the lab's default backend: compile it while the page loads
    return {
      crossOriginIsolated: scope.crossOriginIsolated === true,
      threads: ort.env.wasm.numThreads ?? 1,
      ortVersion: ort.env.versions.web ?? "unknown",
      webgpu: await probeWebGpuAdapter(scope.navigator),
    };
  })();
  return envProbe;
}

function post(msg: LabResponse, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

/** A fixed, smooth test image (values in [-1, 1]): the input does not change the time of a dense CNN. */
function testInput(resolution: number): Float32Array {
  return new Float32Array(3 * resolution * resolution).map((_, i) => Math.sin(i * 0.001));
}

/** Kernel time per op kind of one profiled WASM run (only ever called in the profiling worker). */
async function profileOpSplit(job: LabJob): Promise<OpSplit | null> {
  const ort = configureOrt();
  const built = buildOnnxModel(job.model, { alpha: job.alpha, resolution: job.resolution });
  const input = new ort.Tensor("float32", testInput(job.resolution), [...built.inputDims]);
  const feeds = { [built.inputName]: input };
  const session = await ort.InferenceSession.create(built.bytes, {
    ...sessionOptions("wasm"),
    enableProfiling: true,
  });
  try {
    await session.run(feeds);
    const { lines } = await consoleTap.collect(async () => {
      await session.run(feeds);
      await session.endProfiling();
    });
    return splitProfile(lines, built.nodeCategories);
  } finally {
    await session.release();
  }
}

async function measure(id: number, job: LabJob, runs: number): Promise<Measurement> {
  const stage = (s: LabStage) => post({ type: "stage", id, stage: s });
  const env = await probe();
  if (job.backend === "webgpu" && !env.webgpu.available) {
    throw new Error(`WebGPU is not available here (${env.webgpu.description}).`);
  }
  const ort = await ortFor(job.backend);
  stage("building");
  const t0 = performance.now();
  const built = buildOnnxModel(job.model, { alpha: job.alpha, resolution: job.resolution });
  const buildMs = performance.now() - t0;

  stage("creating-session");
  const t1 = performance.now();
  const session = await ort.InferenceSession.create(built.bytes, sessionOptions(job.backend));
  const sessionMs = performance.now() - t1;
  const input = new ort.Tensor("float32", testInput(job.resolution), [...built.inputDims]);
  const feeds = { [built.inputName]: input };
  const run = () => session.run(feeds);
  let firstRunMs: number;
  let warmUp: WarmUp;
  let runsMs: readonly number[];
  try {
    // The last message before the timed batch: the page re-renders during warm-up, not timing.
    stage("warming-up");
    firstRunMs = await timeOnce(run);
    // The timing path classify and /model use: warm until steady, then the timed batch.
    ({ warmUp, runsMs } = await timeSteady(run, runs));
  } finally {
    await session.release();
  }
  const net = MODEL_SPECS[job.model];
  return {
    key: jobKey(job),
    model: job.model,
    version: net.version,
    alpha: job.alpha,
    resolution: job.resolution,
    backend: job.backend,
    device:
      job.backend === "wasm"
        ? `WASM, ${env.threads} thread${env.threads === 1 ? "" : "s"}`
        : `WebGPU (${env.webgpu.description})`,
    softwareAdapter: job.backend === "webgpu" && env.webgpu.software,
    macs: built.macs,
    params: built.engineParams,
    graphParams: built.paramCount,
    graphBytes: built.bytes.byteLength,
    buildMs,
    sessionMs,
    firstRunMs,
    warmUp,
    runsMs,
    medianMs: median(runsMs),
    opSplit: null,
  };
}

async function handle(req: LabRequest): Promise<void> {
  switch (req.type) {
    case "probe":
      post({ type: "probe", id: req.id, env: await probe() });
      return;
    case "measure":
      post({
        type: "measured",
        id: req.id,
        measurement: await measure(req.id, req.job, req.runs),
      });
      return;
    case "profile":
      post({ type: "profiled", id: req.id, opSplit: await profileOpSplit(req.job) });
      return;
    case "export": {
      const built = buildOnnxModel(req.model, { alpha: req.alpha, resolution: req.resolution });
      const bytes = built.bytes.slice().buffer;
      post(
        {
          type: "exported",
          id: req.id,
          bytes,
          fileName: onnxFileName(req.model, req.alpha, req.resolution),
        },
        [bytes],
      );
      return;
    }
  }
}

serveInOrder<LabRequest>(scope, handle, (req, err) => post(plainErrorReply(req.id, err)));
