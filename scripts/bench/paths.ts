/** Where the benchmarks find the app: this checkout, its production build and its installed models. */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");

/** The build the benchmarks serve (NEXT_DIST_DIR, as `npm run build` wrote it). */
export const DIST = process.env.NEXT_DIST_DIR ?? ".next";

/** The model ids `npm run setup:models` installed locally (none when it has not run). */
export function installedModelIds(): string[] {
  const file = join(ROOT, "public/models/installed.json");
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, "utf8")) as { installed: string[] }).installed;
}
