/**
 * `next start` on a free port for the benchmarks (every bench:* script, through harness.ts): the production
 * build in NEXT_DIST_DIR (default .next), started and stopped by the benchmark itself.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() =>
        typeof addr === "object" && addr ? res(addr.port) : rej(new Error("no port")),
      );
    });
  });
}

export async function waitForServer(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not start`);
}

/** Starts the build in `dist` and resolves once `readyPath` answers 200. */
export async function startNext(
  root: string,
  dist: string,
  readyPath = "/",
): Promise<{ base: string; stop: () => void }> {
  if (!existsSync(join(root, dist, "BUILD_ID")))
    throw new Error(`no build in ${dist}: run npm run build first (NEXT_DIST_DIR=${dist})`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env: { ...process.env, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    },
  );
  try {
    await waitForServer(`${base}${readyPath}`, 60_000);
  } catch (err) {
    server.kill();
    throw err;
  }
  return { base, stop: () => server.kill() };
}
