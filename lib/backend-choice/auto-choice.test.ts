import { expect, test } from "vitest";
import {
  autoChoiceKey,
  deviceKey,
  parseAutoTiming,
  pickFaster,
  planAuto,
  serializeAutoTiming,
  type AdapterFacts,
} from "./auto-choice";
import { autoPreview, timingReason } from "./auto-message";

const SWIFTSHADER: AdapterFacts = {
  available: true,
  description: "google swiftshader",
  softwareName: "SwiftShader",
};
const NVIDIA: AdapterFacts = { available: true, description: "nvidia ampere", softwareName: null };
const NONE: AdapterFacts = {
  available: false,
  description: "no WebGPU adapter (no usable GPU, or WebGPU is disabled)",
  softwareName: null,
};

test("planAuto(software adapter) runs WASM and says why in one sentence, even with a remembered WebGPU win", () => {
  const remembered = { backend: "webgpu", wasmMs: 18, webgpuMs: 4.1 } as const;
  for (const r of [null, remembered]) {
    const plan = planAuto(SWIFTSHADER, r);
    expect(plan).toMatchObject({ kind: "use", backend: "wasm", timing: null });
    expect(plan.kind === "use" && plan.reason).toBe(
      "Auto uses WASM: the only WebGPU adapter here is a software emulation (SwiftShader) that runs on the CPU, far slower than WASM.",
    );
  }
});

test("planAuto(fallback adapter) runs WASM", () => {
  const plan = planAuto({ ...NVIDIA, softwareName: "a fallback adapter" }, null);
  expect(plan).toMatchObject({ kind: "use", backend: "wasm" });
  expect(plan.kind === "use" && plan.reason).toMatch(/^Auto uses WASM: .*fallback adapter/);
});

test("planAuto(no adapter) runs WASM and names why there is none", () => {
  expect(planAuto(NONE, null)).toEqual({
    kind: "use",
    backend: "wasm",
    reason: "Auto chose WASM: no WebGPU adapter (no usable GPU, or WebGPU is disabled).",
    timing: null,
  });
});

test("planAuto(hardware adapter, nothing remembered) measures", () => {
  expect(planAuto(NVIDIA, null)).toEqual({ kind: "measure" });
});

test("planAuto(hardware adapter, remembered) reuses the remembered choice, either way", () => {
  const gpuWon = { backend: "webgpu", wasmMs: 18, webgpuMs: 4.1 } as const;
  expect(planAuto(NVIDIA, gpuWon)).toEqual({
    kind: "use",
    backend: "webgpu",
    reason: "Auto chose WebGPU: 4.1 ms vs 18 ms on WASM (timed earlier on this device).",
    timing: gpuWon,
  });
  const cpuWon = { backend: "wasm", wasmMs: 9.5, webgpuMs: 31.2 } as const;
  expect(planAuto(NVIDIA, cpuWon)).toMatchObject({ kind: "use", backend: "wasm" });
});

test("pickFaster keeps the backend with the lower median warm run", () => {
  expect(pickFaster({ wasm: [18, 17, 40], webgpu: [4.1, 90, 4.0] })).toEqual({
    backend: "webgpu",
    wasmMs: 18,
    webgpuMs: 4.1,
  });
  expect(pickFaster({ wasm: [12, 11, 13], webgpu: [30, 25, 28] })).toEqual({
    backend: "wasm",
    wasmMs: 12,
    webgpuMs: 28,
  });
});

test("pickFaster gives ties and missing WebGPU times to WASM", () => {
  expect(pickFaster({ wasm: [5, 5], webgpu: [5, 5] }).backend).toBe("wasm");
  expect(pickFaster({ wasm: [5], webgpu: [] }).backend).toBe("wasm");
  expect(pickFaster({ wasm: [], webgpu: [3] }).backend).toBe("webgpu");
});

test("timingReason says the winner's time first: 'Auto chose WebGPU: 4.1 ms vs 18 ms on WASM.'", () => {
  expect(timingReason({ backend: "webgpu", wasmMs: 18.2, webgpuMs: 4.14 }, "now")).toBe(
    "Auto chose WebGPU: 4.1 ms vs 18 ms on WASM.",
  );
  expect(timingReason({ backend: "wasm", wasmMs: 17.6, webgpuMs: 1234 }, "now")).toBe(
    "Auto chose WASM: 18 ms vs 1.2 s on WebGPU.",
  );
});

test("autoPreview says what Auto will do before any run", () => {
  expect(autoPreview(NONE)).toBe("Auto uses WASM: this browser has no WebGPU adapter.");
  expect(autoPreview(SWIFTSHADER)).toMatch(/^Auto uses WASM: .*software emulation \(SwiftShader\)/);
  expect(autoPreview(NVIDIA)).toMatch(/^Auto times WebGPU \(nvidia ampere\) against WASM/);
});

test("autoChoiceKey differs by model, adapter, WASM threads and ORT version", () => {
  const base = { adapterIdentity: "nvidia|ampere", threads: 2, ortVersion: "1.30.0" };
  const keys = new Set([
    autoChoiceKey(deviceKey(base), "mobilenet-v2-1.0-224"),
    autoChoiceKey(deviceKey(base), "mobilenet-v1-0.75-224"),
    autoChoiceKey(deviceKey({ ...base, adapterIdentity: "amd|rdna-3" }), "mobilenet-v2-1.0-224"),
    autoChoiceKey(deviceKey({ ...base, threads: 1 }), "mobilenet-v2-1.0-224"),
    autoChoiceKey(deviceKey({ ...base, ortVersion: "1.31.0" }), "mobilenet-v2-1.0-224"),
  ]);
  expect(keys.size).toBe(5);
  expect(autoChoiceKey(deviceKey(base), "m")).toBe(autoChoiceKey(deviceKey({ ...base }), "m"));
});

test("parseAutoTiming(serializeAutoTiming(t)) is t; anything malformed is null", () => {
  const t = { backend: "webgpu", wasmMs: 18, webgpuMs: 4.1 } as const;
  expect(parseAutoTiming(serializeAutoTiming(t))).toEqual(t);
  expect(
    parseAutoTiming(
      serializeAutoTiming({ backend: "wasm", wasmMs: 54.30999999982, webgpuMs: 2461.0249 }),
    ),
  ).toEqual({ backend: "wasm", wasmMs: 54.31, webgpuMs: 2461.02 });
  for (const bad of [
    null,
    "",
    "not json",
    "null",
    "[]",
    '{"backend":"cuda","wasmMs":1,"webgpuMs":2}',
    '{"backend":"wasm","wasmMs":-1,"webgpuMs":2}',
    '{"backend":"wasm","wasmMs":"1","webgpuMs":2}',
    '{"backend":"wasm","wasmMs":1}',
  ])
    expect(parseAutoTiming(bad)).toBeNull();
});
