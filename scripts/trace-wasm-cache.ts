/**
 * `npm run trace:wasm-cache`: does Chromium reuse onnxruntime-web's compiled WebAssembly on a second
 * visit? Opens /classify (or the bare ORT peer page) in a fresh profile, classifies a sample,
 * stays on the page long enough for V8's caching timeout, then reopens the same profile. Both visits
 * are traced (CDP Tracing, categories devtools.timeline, v8.wasm and V8's detailed wasm category)
 * and every wasm event is summed per visit: `v8.wasm.cachedModule` (written to the code cache),
 * `v8.wasm.moduleCacheHit` (read back), `v8.wasm.moduleCacheInvalid`, the streaming compile and
 * lazy-compile work, and the profile's "Code Cache/wasm" folder is measured after each visit.
 * Prints JSON. Needs a production build (NEXT_DIST_DIR aware) and the models.
 *
 * What it shows with Debian's Chromium 156: onnxruntime-web compiles by streaming
 * (`v8.wasm.streamFromResponseCallback`), tiers ~35 functions up, and yet no visit ever writes
 * the cache (no `v8.wasm.compiledModule` / `cachedModule`, not after 12 s on the page), so every
 * visit validates and lazily compiles its ~3,540 functions again. V8 writes only once its
 * `wasm_caching_timeout_ms` (2 s) timer fires, and here it never does, for any module (a 3 kB test
 * module on the main thread behaves the same). With TRACE_BROWSER_ARGS=
 * "--js-flags=--wasm-caching-timeout-ms=0" the same pages are written and the next visit is a
 * `v8.wasm.moduleCacheHit`: the app's side (streaming, a cacheable response, COOP/COEP, a worker)
 * is not what stops it.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { CDPSession, Page } from "playwright-core";
import { launchWithProfile, QUIET_FLAGS } from "./bench/chromium";
import { startApp } from "./bench/harness";
import { ROOT } from "./bench/paths";
import { withFreshProfileDir } from "./bench/profile-dir";
import { printReport } from "./bench/report";

const { values: args } = parseArgs({
  options: {
    linger: { type: "string", default: "4000" },
    "app-root": { type: "string", default: ROOT },
    "no-sw": { type: "boolean", default: false },
  },
});

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tid: number;
  readonly pid: number;
  readonly args?: Record<string, unknown>;
}

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.wasm",
  "disabled-by-default-v8.wasm.detailed",
  "disabled-by-default-v8.wasm.turbofan",
  "v8",
  "blink",
  "loading",
];

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: CATEGORIES, recordMode: "recordAsMuchAsPossible" },
    transferMode: "ReportEvents",
  });
  return async () => {
    const done = new Promise<void>((r) => cdp.once("Tracing.tracingComplete", () => r()));
    await cdp.send("Tracing.end");
    await done;
    return events;
  };
}

function summarize(events: readonly TraceEvent[]) {
  const threads = new Map<string, string>();
  for (const e of events)
    if (e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, String(e.args?.name ?? ""));
  const byName = new Map<string, { count: number; ms: number; threads: Set<string> }>();
  for (const e of events) {
    if (!/wasm/i.test(e.name) && !/wasm/i.test(e.cat)) continue;
    const s = byName.get(e.name) ?? { count: 0, ms: 0, threads: new Set<string>() };
    s.count += 1;
    s.ms += (e.dur ?? 0) / 1000;
    s.threads.add(threads.get(`${e.pid}:${e.tid}`) ?? String(e.tid));
    byName.set(e.name, s);
  }
  const out: Record<string, { count: number; ms: number; threads: string[] }> = {};
  for (const [name, s] of [...byName].sort((a, b) => b[1].ms - a[1].ms))
    out[name] = { count: s.count, ms: Math.round(s.ms), threads: [...s.threads].slice(0, 4) };
  const instants = events
    .filter((e) =>
      /^v8\.wasm\.(cachedModule|moduleCacheHit|moduleCacheInvalid|moduleCacheInvalidDigest|compiledModule|streamFromResponseCallback)/.test(
        e.name,
      ),
    )
    .map((e) => ({ name: e.name, args: e.args }));
  return { byName: out, cacheEvents: instants };
}

async function visit(page: Page, base: string, cdp: CDPSession, linger: number) {
  const stop = await startTrace(cdp);
  const t0 = Date.now();
  await page.goto(`${base}/classify`);
  await page.getByTestId("sample-chelsea-cat.jpg").click({ timeout: 120_000 });
  await page.getByTestId("result").first().waitFor({ timeout: 120_000 });
  const firstMs = Date.now() - t0;
  await page.waitForTimeout(linger);
  const events = await stop();
  return { firstTop5WallMs: firstMs, ...summarize(events) };
}

/** Files and bytes in the profile's compiled-code cache for `kind` ("wasm" or "js"). */
function codeCacheOnDisk(profile: string, kind: "wasm" | "js") {
  const dir = join(profile, "Default", "Code Cache", kind);
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) =>
    f.isFile(),
  );
  const bytes = files.reduce((a, f) => a + statSync(join(f.parentPath, f.name)).size, 0);
  return { files: files.length, bytes };
}

async function main() {
  const app = await startApp("/classify", resolve(args["app-root"]));
  const load = loadavg()[0];
  const results: Record<string, unknown> = {};
  try {
    await withFreshProfileDir("trace-wasm-cache-", async (dir) => {
      for (const kind of ["cold", "second", "third"]) {
        const context = await launchWithProfile(
          dir,
          [
            ...QUIET_FLAGS,
            // e.g. --js-flags=--wasm-caching-timeout-ms=0, to see what the cache would do if V8 wrote it
            ...(process.env.TRACE_BROWSER_ARGS ? [process.env.TRACE_BROWSER_ARGS] : []),
          ],
          { serviceWorkers: args["no-sw"] ? "block" : "allow" },
        );
        const page = context.pages()[0] ?? (await context.newPage());
        const cdp = await context.newCDPSession(page);
        const traced = await visit(page, app.base, cdp, Number(args.linger));
        await context.close();
        results[kind] = {
          ...traced,
          codeCacheAfter: { wasm: codeCacheOnDisk(dir, "wasm"), js: codeCacheOnDisk(dir, "js") },
        };
      }
    });
  } finally {
    app.stop();
  }
  printReport({ loadAvg1m: load, ...results });
}

void main();
