import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Runs `use` with a new empty browser-profile directory and deletes it afterwards: a fresh profile
 * is a first visit (nothing cached, nothing remembered), and reusing it within `run` a second one.
 */
export async function withFreshProfileDir<T>(
  prefix: string,
  run: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    return await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
