/**
 * The browser every benchmark drives: Debian's Chromium (CHROMIUM_PATH to override), launched
 * headless with the flags a benchmark picks from the sets below.
 */
import { chromium, type Browser, type BrowserContext } from "playwright-core";

const EXECUTABLE = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** No update checks, first-run pages or QUIC probes adding network noise to the timed loads. */
export const QUIET_FLAGS = [
  "--disable-background-networking",
  "--no-first-run",
  "--disable-quic",
] as const;

/** Several pages share the browser: none may be throttled while another one is in front. */
export const NO_THROTTLING_FLAGS = [
  "--disable-background-timer-throttling",
  "--disable-renderer-backgrounding",
  "--disable-backgrounding-occluded-windows",
] as const;

/** WebGPU in headless Chromium (SwiftShader, a CPU, when there is no GPU). */
export const WEBGPU_FLAG = "--enable-unsafe-webgpu";

/** `gc()` in the page, so that heap readings follow a full collection. */
export const EXPOSE_GC_FLAG = "--js-flags=--expose-gc";

export function launchChromium(args: readonly string[]): Promise<Browser> {
  return chromium.launch({ executablePath: EXECUTABLE, args: [...args] });
}

/**
 * A browser on the profile in `dir`: an empty directory is a first visit, and launching again on
 * the same directory is a second visit (its HTTP cache, storage and compiled code kept).
 */
export function launchWithProfile(
  dir: string,
  args: readonly string[],
  options: { readonly serviceWorkers?: "allow" | "block" } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: EXECUTABLE,
    headless: true,
    args: [...args],
    ...options,
  });
}
