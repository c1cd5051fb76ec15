/**
 * Auto's backend choice, as pure decisions: a software or missing WebGPU adapter means WASM; a
 * hardware adapter means "time both once per model and device, keep the faster"; a remembered timing
 * for this model and device is reused. The worker times, the page remembers (localStorage).
 */
import type { AdapterFacts, AutoTiming, Backend } from "./backend";
import { quantile } from "@/lib/stats/spread";
import { noAdapterReason, softwareAdapterReason, timingReason } from "./auto-message";

export type { AdapterFacts, AutoTiming };

export type AutoPlan =
  | {
      readonly kind: "use";
      readonly backend: Backend;
      /** One sentence for the page. */
      readonly reason: string;
      /** The remembered timing behind the choice, when there is one. */
      readonly timing: AutoTiming | null;
    }
  | { readonly kind: "measure" };

/** What Auto does before any timing: WASM without a hardware adapter, a remembered choice, or measure. */
export function planAuto(adapter: AdapterFacts, remembered: AutoTiming | null): AutoPlan {
  if (!adapter.available)
    return { kind: "use", backend: "wasm", reason: noAdapterReason(adapter), timing: null };
  if (adapter.softwareName !== null)
    return { kind: "use", backend: "wasm", reason: softwareAdapterReason(adapter), timing: null };
  if (remembered)
    return {
      kind: "use",
      backend: remembered.backend,
      reason: timingReason(remembered, "remembered"),
      timing: remembered,
    };
  return { kind: "measure" };
}

/**
 * The faster backend by median warm run. Ties and unusable WebGPU times go to WASM: it needs no GPU
 * and shares nothing with the page's rendering.
 */
export function pickFaster(runsMs: Readonly<Record<Backend, readonly number[]>>): AutoTiming {
  const wasmMs = quantile(runsMs.wasm, 0.5);
  const webgpuMs = quantile(runsMs.webgpu, 0.5);
  const webgpuWins = Number.isFinite(webgpuMs) && (!Number.isFinite(wasmMs) || webgpuMs < wasmMs);
  return { backend: webgpuWins ? "webgpu" : "wasm", wasmMs, webgpuMs };
}

/**
 * One device as far as speed goes: the adapter, the WASM thread count (isolation changes it) and the
 * ORT version (new kernels change speed). Any change means Auto times again.
 */
export function deviceKey(facts: {
  readonly adapterIdentity: string;
  readonly threads: number;
  readonly ortVersion: string;
}): string {
  return `${facts.adapterIdentity}|wasm-threads=${facts.threads}|ort=${facts.ortVersion}`;
}

/** The localStorage key of Auto's choice for one model on one device. */
export function autoChoiceKey(device: string, modelId: string): string {
  return `mobilenet-lab:auto-backend:v1:${modelId}:${device}`;
}

/** A stored choice back as data, or null when missing or not a well-formed choice. */
export function parseAutoTiming(raw: string | null): AutoTiming | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { backend, wasmMs, webgpuMs } = value as Record<string, unknown>;
  const positive = (x: unknown): x is number => typeof x === "number" && x > 0 && x < 1e7;
  if ((backend !== "wasm" && backend !== "webgpu") || !positive(wasmMs) || !positive(webgpuMs))
    return null;
  return { backend, wasmMs, webgpuMs };
}

/** JSON for localStorage, times to 0.01 ms (finer digits are timer noise). */
export function serializeAutoTiming(t: AutoTiming): string {
  const ms = (x: number) => Math.round(x * 100) / 100;
  return JSON.stringify({ backend: t.backend, wasmMs: ms(t.wasmMs), webgpuMs: ms(t.webgpuMs) });
}
