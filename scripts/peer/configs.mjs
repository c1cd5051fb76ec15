// Named benchmark configurations. "app-*" mirror what the app's classify worker runs (entry point,
// threads, session options); "tfjs-*" are the peer; "ort-*" are research variants.
const ENTRY = {
  // onnxruntime-web/wasm → ort-wasm-simd-threaded.{mjs,wasm} (plain build, 14 MB)
  plain: "/ortdist/ort.wasm.min.mjs",
  // onnxruntime-web/webgpu → ort-wasm-simd-threaded.asyncify.{mjs,wasm} (WebGPU EP + wasm, 27 MB)
  asyncify: "/ortdist/ort.webgpu.min.mjs",
  // onnxruntime-web → ort-wasm-simd-threaded.jsep.{mjs,wasm} (JSEP WebGPU/WebNN + wasm, 28 MB)
  jsep: "/ortdist/ort.min.mjs",
  // onnxruntime-web/jspi → ort-wasm-simd-threaded.jspi.{mjs,wasm} (WebGPU EP via JS Promise Integration, 17 MB)
  jspi: "/ortdist/ort.jspi.min.mjs",
};

const V2 = "/models/mobilenet-v2-1.0-224.onnx";

function ort(entry, threads, sessionOptions = {}, modelUrl = V2) {
  return {
    kind: "ort",
    threads,
    init: { entry: ENTRY[entry], wasmPaths: "/ortdist/", threads, modelUrl, sessionOptions },
  };
}
function tfjs(threads, cores = 0) {
  return {
    kind: "tfjs",
    threads,
    init: { threads, cores, planUrl: "/gen/v2-plan.json", weightsUrl: "/gen/v2-weights.bin" },
  };
}

/** The session options the web runtime uses when none are given (read from ort.wasm.mjs, 1.30 and 1.31.1). */
const ORT_WEB_DEFAULTS = {};
/** Arena + memory pattern on: ORT-web passes `!!undefined` = false for both when unset. */
const ARENA = { enableCpuMemArena: true, enableMemPattern: true };

export const CONFIGS = {
  "tfjs-1t": tfjs(1),
  "tfjs-2t": tfjs(2),
  // navigator.hardwareConcurrency reported as 4 inside the TF.js worker, so its cap lets 2 threads run.
  "tfjs-2t-forced": tfjs(2, 4),
  // The app's real classify worker (lib/inference/inference.worker.ts, bundled by esbuild), WASM
  // backend. Its thread rule (ort-env.ts) gives 2 here; the 1-thread row reports 1 core to it.
  "app-1t": { kind: "app", threads: 1, cores: 1 },
  "app-2t": { kind: "app", threads: 2, cores: null },
  // Bare-worker copy of the app's ORT configuration before issue 8: onnxruntime-web/webgpu entry
  // (asyncify build), wasm EP, default session options.
  "bare-app-1t": ort("asyncify", 1, ORT_WEB_DEFAULTS),
  "bare-app-2t": ort("asyncify", 2, ORT_WEB_DEFAULTS),
  "ort-plain-1t": ort("plain", 1),
  "ort-plain-2t": ort("plain", 2),
  "ort-asyncify-1t": ort("asyncify", 1),
  "ort-asyncify-2t": ort("asyncify", 2),
  "ort-jsep-1t": ort("jsep", 1),
  "ort-jsep-2t": ort("jsep", 2),
  "ort-jspi-1t": ort("jspi", 1),
  "ort-jspi-2t": ort("jspi", 2),
  "ort-plain-arena-1t": ort("plain", 1, ARENA),
  "ort-plain-arena-2t": ort("plain", 2, ARENA),
  "ort-plain-basic-2t": ort("plain", 2, { graphOptimizationLevel: "basic" }),
  "ort-plain-extended-2t": ort("plain", 2, { graphOptimizationLevel: "extended" }),
  "ort-plain-disabled-2t": ort("plain", 2, { graphOptimizationLevel: "disabled" }),
  "ort-plain-nospin-2t": ort("plain", 2, {
    extra: { session: { intra_op: { allow_spinning: "0" } } },
  }),
  "ort-plain-parallel-2t": ort("plain", 2, { executionMode: "parallel" }),
  "ort-plain-free-2t": ort("plain", 2, { freeDimensionOverrides: { batch_size: 1 } }),
};

/** Build an ad-hoc ORT config from "ort:<entry>:<threads>:<json options>[:<model url>]". */
export function parseConfig(spec) {
  if (CONFIGS[spec]) return CONFIGS[spec];
  const m = /^ort:(\w+):(\d+):(\{.*\})(?::(\/.+))?$/.exec(spec);
  if (!m) throw new Error(`unknown config ${spec}; known: ${Object.keys(CONFIGS).join(", ")}`);
  return ort(m[1], Number(m[2]), JSON.parse(m[3]), m[4] ?? V2);
}
