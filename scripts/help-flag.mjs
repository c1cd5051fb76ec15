// `--help` for the Node scripts. Node built-ins only: setup scripts run before `npm install` ends.

/** Prints `usage` and exits when the script was called with --help or -h. */
export function exitOnHelp(usage) {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
}
