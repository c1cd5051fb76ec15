import { expect, test } from "vitest";
import type { AdapterFacts } from "@/lib/backend-choice/auto-choice";
import {
  AUTO_TIMED_ROUNDS,
  CLEAR_GAP,
  chooseBackend,
  resolveAuto,
  type AutoDeps,
} from "./auto-backend";
import type { Backend } from "./protocol";

const HARDWARE: AdapterFacts = {
  available: true,
  description: "nvidia ampere",
  softwareName: null,
};

/** A fake device whose runs take fixed times on a fake clock, recording what the worker did. */
function fakeDevice(
  msPer: Record<Backend, number>,
  adapter: AdapterFacts = HARDWARE,
  fail: Partial<Record<"prepare-webgpu" | "run-webgpu" | "prepare-wasm", string>> = {},
) {
  let clock = 0;
  const log: string[] = [];
  const deps: AutoDeps = {
    adapter: async () => adapter,
    prepare: async (b) => {
      log.push(`prepare ${b}`);
      const msg = fail[`prepare-${b}`];
      if (msg) throw new Error(msg);
    },
    runOnce: async (b) => {
      log.push(`run ${b}`);
      if (b === "webgpu" && fail["run-webgpu"]) throw new Error(fail["run-webgpu"]);
      clock += msPer[b];
    },
    release: (b) => log.push(`release ${b}`),
    now: () => clock,
  };
  return { deps, log };
}

// Times that are exact in binary, so the fake clock's differences are exact too.
test("resolveAuto(hardware, nothing remembered) times both, interleaved, and keeps the faster", async () => {
  const { deps, log } = fakeDevice({ wasm: 18, webgpu: 4.5 });
  const out = await resolveAuto(deps, null);
  expect(out).toEqual({
    backend: "webgpu",
    reason: "Auto chose WebGPU: 4.5 ms vs 18 ms on WASM.",
    timing: { backend: "webgpu", wasmMs: 18, webgpuMs: 4.5 },
    timedNow: true,
  });
  const runs = log.filter((l) => l.startsWith("run"));
  expect(runs).toHaveLength(2 * (AUTO_TIMED_ROUNDS + 1));
  expect(runs.slice(0, 4)).toEqual(["run wasm", "run webgpu", "run webgpu", "run wasm"]);
  expect(log.at(-1)).toBe("release wasm");
});

test("resolveAuto stops timing after one round when one backend is clearly slower (SwiftShader-like)", async () => {
  const { deps, log } = fakeDevice({ wasm: 20, webgpu: 20 * CLEAR_GAP });
  const out = await resolveAuto(deps, null);
  expect(out).toMatchObject({ backend: "wasm", timing: { wasmMs: 20, webgpuMs: 200 } });
  expect(log.filter((l) => l.startsWith("run"))).toHaveLength(4); // one untimed, one timed round
});

test("resolveAuto keeps WASM when it is the faster one here", async () => {
  const { deps, log } = fakeDevice({ wasm: 9, webgpu: 30 });
  const out = await resolveAuto(deps, null);
  expect(out.backend).toBe("wasm");
  expect(out.reason).toBe("Auto chose WASM: 9.0 ms vs 30 ms on WebGPU.");
  expect(log.at(-1)).toBe("release webgpu");
});

test("resolveAuto(software adapter) never creates a WebGPU session", async () => {
  const { deps, log } = fakeDevice(
    { wasm: 18, webgpu: 2000 },
    { ...HARDWARE, softwareName: "SwiftShader" },
  );
  const out = await resolveAuto(deps, null);
  expect(out).toMatchObject({ backend: "wasm", timing: null, timedNow: false });
  expect(out.reason).toContain("software emulation (SwiftShader)");
  expect(log).toEqual([]);
});

test("resolveAuto(remembered) reuses the choice without timing anything", async () => {
  const { deps, log } = fakeDevice({ wasm: 18, webgpu: 4.1 });
  const out = await resolveAuto(deps, { backend: "webgpu", wasmMs: 20, webgpuMs: 5 });
  expect(out).toMatchObject({ backend: "webgpu", timedNow: false });
  expect(log).toEqual([]);
});

test("resolveAuto falls back to WASM, saying why, when WebGPU cannot start or run", async () => {
  for (const fail of [{ "prepare-webgpu": "no device" }, { "run-webgpu": "lost device" }]) {
    const { deps, log } = fakeDevice({ wasm: 18, webgpu: 4.1 }, HARDWARE, fail);
    const out = await resolveAuto(deps, null);
    expect(out).toMatchObject({ backend: "wasm", timing: null, timedNow: false });
    expect(out.reason).toMatch(
      /^Auto fell back to WASM: the WebGPU session failed \((no|lost) device\)\.$/,
    );
    expect(log).toContain("release webgpu");
  }
});

test("resolveAuto lets a WASM failure through as an error, not as a reason to pick WebGPU", async () => {
  const { deps } = fakeDevice({ wasm: 18, webgpu: 4.1 }, HARDWARE, { "prepare-wasm": "bad model" });
  await expect(resolveAuto(deps, null)).rejects.toThrow("bad model");
});

test("chooseBackend: WASM and WebGPU as asked, a clear refusal without an adapter, Auto otherwise", async () => {
  const { deps, log } = fakeDevice({ wasm: 18, webgpu: 4.5 });
  expect(await chooseBackend("wasm", null, deps)).toEqual({ backend: "wasm", auto: null });
  expect(await chooseBackend("webgpu", null, deps)).toEqual({ backend: "webgpu", auto: null });
  expect(log).toEqual([]); // a forced backend opens nothing extra
  const none = fakeDevice(
    { wasm: 18, webgpu: 4.5 },
    {
      available: false,
      description: "this browser has no WebGPU",
      softwareName: null,
    },
  );
  await expect(chooseBackend("webgpu", null, none.deps)).rejects.toMatchObject({
    code: "webgpu-unavailable",
    message: expect.stringContaining("this browser has no WebGPU"),
  });
  const software = fakeDevice(
    { wasm: 18, webgpu: 4.5 },
    { ...HARDWARE, softwareName: "SwiftShader" },
  );
  const auto = await chooseBackend("auto", null, software.deps);
  expect(auto.backend).toBe("wasm");
  expect(auto.auto?.timedNow).toBe(false);
});
