/**
 * For tests: where the real weights and photos are. `npm run setup:models` copies them into public/;
 * before it has run, the mirror it copies from (../shared, or MOBILENET_MODELS_DIR and
 * MOBILENET_SAMPLES_DIR) is read directly. Tests that need a file skip, saying so, when it is absent.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const REPO_ROOT = resolve(__dirname, "../..");

export const MODEL_DIRS: readonly string[] = [
  join(REPO_ROOT, "public/models"),
  resolve(REPO_ROOT, process.env.MOBILENET_MODELS_DIR ?? "../shared/models"),
];

export const SAMPLE_DIRS: readonly string[] = [
  resolve(REPO_ROOT, process.env.MOBILENET_SAMPLES_DIR ?? "../shared/samples"),
  join(REPO_ROOT, "public/samples/imagenet"),
];

/** The first of `dirs` that holds `file`, as a path; undefined when none does. */
export function findIn(dirs: readonly string[], file: string): string | undefined {
  return dirs.map((d) => join(d, file)).find((p) => existsSync(p));
}
