/** Auto's choice said in one sentence: the same words in the backend picker and the result panel. */
import type { AdapterFacts, AutoTiming, Backend } from "./backend";

const NAME: Record<Backend, string> = { wasm: "WASM", webgpu: "WebGPU" };

/** Two significant figures are all a noisy latency deserves: "4.1 ms", "18 ms", "2.3 s". */
export function formatAutoMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return ms >= 10 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

export function noAdapterReason(adapter: Pick<AdapterFacts, "description">): string {
  return `Auto chose WASM: ${adapter.description}.`;
}

export function softwareAdapterReason(adapter: Pick<AdapterFacts, "softwareName">): string {
  return adapter.softwareName === "a fallback adapter"
    ? "Auto uses WASM: the only WebGPU adapter here is a fallback adapter, which the browser marks as possibly software and slow."
    : `Auto uses WASM: the only WebGPU adapter here is a software emulation (${adapter.softwareName}) that runs on the CPU, far slower than WASM.`;
}

/** "Auto chose WebGPU: 4.1 ms vs 18 ms on WASM." — timed now, or remembered from an earlier visit. */
export function timingReason(t: AutoTiming, when: "now" | "remembered"): string {
  const other: Backend = t.backend === "wasm" ? "webgpu" : "wasm";
  const ms = (b: Backend) => formatAutoMs(b === "wasm" ? t.wasmMs : t.webgpuMs);
  const tail = when === "remembered" ? " (timed earlier on this device)" : "";
  return `Auto chose ${NAME[t.backend]}: ${ms(t.backend)} vs ${ms(other)} on ${NAME[other]}${tail}.`;
}

export function webgpuFailedReason(message: string): string {
  return `Auto fell back to WASM: the WebGPU session failed (${message}).`;
}

/** What Auto will do, said before the first run (the picker shows the run's own reason after it). */
export function autoPreview(adapter: AdapterFacts): string {
  if (!adapter.available) return "Auto uses WASM: this browser has no WebGPU adapter.";
  if (adapter.softwareName !== null) return softwareAdapterReason(adapter);
  return `Auto times WebGPU (${adapter.description}) against WASM the first time each model runs on this device, and keeps the faster.`;
}
