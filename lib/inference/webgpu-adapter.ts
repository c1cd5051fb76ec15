/** The slice of the WebGPU API used here (the DOM typings this project uses do not declare navigator.gpu). */
interface MinimalGpu {
  requestAdapter(): Promise<{
    readonly info?: { readonly vendor?: string; readonly architecture?: string };
  } | null>;
}

export interface WebGpuAdapterProbe {
  readonly available: boolean;
  /** Names the adapter, or says in words why there is none (shown to users). */
  readonly description: string;
  /** SwiftShader runs WebGPU on the CPU: its timings prove the path works, not GPU speed. */
  readonly software: boolean;
}

/** Asks the browser for a WebGPU adapter, never throwing: absence is an answer, not an error. */
export async function probeWebGpuAdapter(
  nav: Navigator | WorkerNavigator,
): Promise<WebGpuAdapterProbe> {
  const gpu = (nav as { gpu?: MinimalGpu }).gpu;
  if (!gpu)
    return {
      available: false,
      description: "this browser has no WebGPU (navigator.gpu is missing)",
      software: false,
    };
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter)
      return {
        available: false,
        description: "no WebGPU adapter (no usable GPU, or WebGPU is disabled)",
        software: false,
      };
    const description =
      [adapter.info?.vendor, adapter.info?.architecture].filter(Boolean).join(" ") ||
      "WebGPU adapter";
    return { available: true, description, software: /swiftshader/i.test(description) };
  } catch (err) {
    return {
      available: false,
      description: `requesting a WebGPU adapter failed (${(err as Error).message})`,
      software: false,
    };
  }
}
