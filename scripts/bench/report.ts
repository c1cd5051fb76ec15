/** How a benchmark ends: its JSON report on stdout (and in bench-results/), or its error and exit 1. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ROOT } from "./paths";

/** Prints `report` as JSON and, when `file` is given, writes it there too (bench-results/<name>.json). */
export function printReport(report: unknown, file?: string): void {
  const json = JSON.stringify(report, null, 2) + "\n";
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, json);
  }
  process.stdout.write(json);
}

/** bench-results/<name>.json in this checkout. */
export function resultsFile(name: string): string {
  return join(ROOT, "bench-results", `${name}.json`);
}

/** Runs the benchmark's `main`; a failure prints its stack under `tag` and exits 1. */
export function runBench(tag: string, main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    process.stderr.write(`${tag}: failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  });
}
