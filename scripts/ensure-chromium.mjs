#!/usr/bin/env node
// Playwright cannot download browsers here: the tests drive Debian's Chromium. Install it when
// missing (as root, with apt), otherwise say exactly what to install.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(`usage: node scripts/ensure-chromium.mjs

Exits 0 when Chromium is at CHROMIUM_PATH (default /usr/bin/chromium); otherwise installs Debian's
chromium with apt when run as root, or prints the command to run.`);
  process.exit(0);
}

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (existsSync(path)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${path} does not exist. Point it at a Chromium binary.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot) {
  console.error(
    "Chromium is missing. Install it with: sudo apt-get update && sudo apt-get install -y chromium\n" +
      "(or set CHROMIUM_PATH to an existing Chromium/Chrome binary).",
  );
  process.exit(1);
}
console.log("Chromium is missing; installing Debian's chromium with apt-get …");
const run = (cmd) =>
  execSync(cmd, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
for (let attempt = 1; ; attempt++) {
  try {
    run("apt-get update -qq");
    run("apt-get install -y -qq chromium");
    break;
  } catch (err) {
    // Another process may hold the dpkg lock for a while; retry before giving up.
    if (attempt >= 5) throw err;
    execSync("sleep 10");
  }
}
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
