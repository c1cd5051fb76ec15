/**
 * The frame of every browser benchmark: the app's production build served by `next start` on a free
 * port, one Chromium with the benchmark's flags, and both stopped however the benchmark ends.
 * Benchmarks that need their own browser per visit (a persistent profile) start only the app.
 */
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium";
import { startNext } from "./next-server";
import { DIST, ROOT } from "./paths";

/** Serves the build in NEXT_DIST_DIR of `root` (this checkout unless --app-root says otherwise). */
export function startApp(
  readyPath = "/",
  root = ROOT,
): Promise<{ base: string; stop: () => void }> {
  return startNext(root, DIST, readyPath);
}

export interface AppAndBrowser {
  /** The app's origin, e.g. http://127.0.0.1:40123. */
  readonly base: string;
  readonly browser: Browser;
}

export async function withAppAndChromium<T>(
  options: { readonly readyPath?: string; readonly chromiumArgs: readonly string[] },
  run: (bench: AppAndBrowser) => Promise<T>,
): Promise<T> {
  const app = await startApp(options.readyPath);
  try {
    const browser = await launchChromium(options.chromiumArgs);
    try {
      return await run({ base: app.base, browser });
    } finally {
      await browser.close();
    }
  } finally {
    app.stop();
  }
}
