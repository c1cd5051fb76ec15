import type { AdapterFacts } from "@/lib/backend-choice/auto-choice";
import {
  softwareEmulationName,
  type AdapterInfoFacts,
} from "@/lib/backend-choice/software-adapter";

/** The slice of the WebGPU API used here (the DOM typings this project uses do not declare navigator.gpu). */
interface MinimalGpu {
  requestAdapter(): Promise<{
    readonly info?: AdapterInfoFacts;
    /** Older Chromium put the flag on the adapter; newer puts it on `info`. */
    readonly isFallbackAdapter?: boolean;
  } | null>;
}

export interface WebGpuAdapterProbe extends AdapterFacts {
  /** A software emulation (SwiftShader, llvmpipe, a fallback adapter): its timings prove the path works, not GPU speed. */
  readonly software: boolean;
  /** Vendor, architecture, device and description: which adapter Auto's remembered timings belong to. */
  readonly identity: string;
}

function absent(description: string): WebGpuAdapterProbe {
  return { available: false, description, software: false, softwareName: null, identity: "none" };
}

/** Asks the browser for a WebGPU adapter, never throwing: absence is an answer, not an error. */
export async function probeWebGpuAdapter(
  nav: Navigator | WorkerNavigator,
): Promise<WebGpuAdapterProbe> {
  const gpu = (nav as { gpu?: MinimalGpu }).gpu;
  if (!gpu) return absent("this browser has no WebGPU (navigator.gpu is missing)");
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return absent("no WebGPU adapter (no usable GPU, or WebGPU is disabled)");
    // GPUAdapterInfo's fields are prototype getters: a spread would copy none of them.
    const raw = adapter.info;
    const info: AdapterInfoFacts = {
      vendor: raw?.vendor,
      architecture: raw?.architecture,
      device: raw?.device,
      description: raw?.description,
      isFallbackAdapter: raw?.isFallbackAdapter ?? adapter.isFallbackAdapter,
    };
    const description =
      [info.vendor, info.architecture].filter(Boolean).join(" ") || "WebGPU adapter";
    const softwareName = softwareEmulationName(info);
    return {
      available: true,
      description,
      software: softwareName !== null,
      softwareName,
      identity: [info.vendor, info.architecture, info.device, info.description].join("|"),
    };
  } catch (err) {
    return absent(`requesting a WebGPU adapter failed (${(err as Error).message})`);
  }
}
