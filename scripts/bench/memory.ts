/**
 * Memory a page and its dedicated workers hold, from `performance.measureUserAgentSpecificMemory()`
 * (a cross-origin isolated page only, as the app is). Unlike the CDP heap of the page, it also sees
 * each worker's heap, where the models run; the browser measures it during a full garbage
 * collection, so garbage does not count. Chromium may take up to about a minute to answer.
 */
import type { Page } from "playwright-core";

/**
 * Asks Chromium to measure at once rather than at a later, natural collection (on this machine an
 * answer still took up to a minute with it).
 */
export const EAGER_MEMORY_FLAG = "--enable-blink-features=ForceEagerMeasureMemory";

export interface MemoryReading {
  /** The window's own JavaScript heap. */
  readonly pageMB: number;
  /** All dedicated workers' JavaScript heaps (their WebAssembly memories included). */
  readonly workersMB: number;
}

interface Breakdown {
  readonly bytes: number;
  readonly attribution: readonly { readonly scope: string }[];
}

/**
 * The page's own JavaScript heap in MB after a full garbage collection, read over CDP: exact, where
 * `performance.memory` is rounded into coarse buckets unless Chromium runs with precise memory info.
 */
export async function pageHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1e6;
}

export async function measureMemory(page: Page): Promise<MemoryReading> {
  const breakdown = await page.evaluate(async () => {
    const perf = performance as Performance & {
      measureUserAgentSpecificMemory?: () => Promise<{ breakdown: Breakdown[] }>;
    };
    if (!crossOriginIsolated || !perf.measureUserAgentSpecificMemory)
      throw new Error("measureUserAgentSpecificMemory needs a cross-origin isolated page");
    return (await perf.measureUserAgentSpecificMemory()).breakdown;
  });
  const sum = (scope: string) =>
    breakdown
      .filter((b) => b.attribution.some((a) => a.scope === scope))
      .reduce((s, b) => s + b.bytes, 0) / 1e6;
  return { pageMB: sum("Window"), workersMB: sum("DedicatedWorkerGlobalScope") };
}
