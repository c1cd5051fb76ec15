#!/usr/bin/env node
// Playwright cannot download browsers here: the tests drive Debian's Chromium. Install it when
// missing (as root, with apt), otherwise say exactly what to install.
import { existsSync } from "node:fs";
import { aptInstallOrExplain } from "./apt-install.mjs";
import { exitOnHelp } from "./help-flag.mjs";

exitOnHelp(`usage: node scripts/ensure-chromium.mjs

Exits 0 when Chromium is at CHROMIUM_PATH (default /usr/bin/chromium); otherwise installs Debian's
chromium with apt when run as root, or prints the command to run.`);

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (existsSync(path)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${path} does not exist. Point it at a Chromium binary.`);
  process.exit(1);
}
aptInstallOrExplain({
  name: "Chromium",
  pkg: "chromium",
  hint: "\n(or set CHROMIUM_PATH to an existing Chromium/Chrome binary).",
});
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
