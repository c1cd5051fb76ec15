/** The command line every benchmark shares: `--help` and numbers or lists from the environment. */

/** Prints `usage` and exits when the script was called with --help or -h. */
export function exitOnHelp(usage: string): void {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
}

/** A numeric setting from the environment, `fallback` when unset. */
export function envNumber(name: string, fallback: number): number {
  return Number(process.env[name] ?? fallback);
}

/** A comma-separated setting from the environment, undefined when unset. */
export function envList(name: string): string[] | undefined {
  return process.env[name]?.split(",");
}

/** A `tag: message` line on stderr, so that stdout holds only the JSON report. */
export function logger(tag: string): (message: string) => void {
  return (message) => process.stderr.write(`${tag}: ${message}\n`);
}
