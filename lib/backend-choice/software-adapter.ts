/**
 * Which WebGPU adapters are software emulations. Such an adapter runs shaders on the CPU (SwiftShader
 * in headless Chromium, Mesa's llvmpipe/lavapipe on Linux, WARP on Windows), typically 100× slower
 * than onnxruntime-web's WASM kernels for a MobileNet, so Auto must never pick it.
 */

/** What the browser tells about an adapter (GPUAdapterInfo fields, plus the old isFallbackAdapter flag). */
export interface AdapterInfoFacts {
  readonly vendor?: string;
  readonly architecture?: string;
  readonly device?: string;
  readonly description?: string;
  /** WebGPU's own word for "may be a software implementation, or have limited performance". */
  readonly isFallbackAdapter?: boolean;
}

/** Names of software rasterizers as they appear in adapter info, and the name we show for each. */
const SOFTWARE_RASTERIZERS: readonly (readonly [RegExp, string])[] = [
  [/swiftshader/i, "SwiftShader"],
  [/llvmpipe/i, "llvmpipe"],
  [/lavapipe/i, "lavapipe"],
  [/softpipe/i, "softpipe"],
  [/microsoft basic render|\bwarp\b/i, "WARP"],
];

/** The software emulation's display name ("SwiftShader", "a fallback adapter"), or null for hardware. */
export function softwareEmulationName(info: AdapterInfoFacts): string | null {
  const text = [info.vendor, info.architecture, info.device, info.description].join(" ");
  const hit = SOFTWARE_RASTERIZERS.find(([pattern]) => pattern.test(text));
  if (hit) return hit[1];
  return info.isFallbackAdapter === true ? "a fallback adapter" : null;
}
