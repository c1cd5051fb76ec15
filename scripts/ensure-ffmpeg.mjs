#!/usr/bin/env node
// The webcam e2e tests (/detect live mode, /teach bursts) feed Chromium's fake camera a clip made
// from sample photos with Debian's ffmpeg. Install it when missing (as root, with apt), otherwise
// say what to install.
import { execSync, spawnSync } from "node:child_process";

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(`usage: node scripts/ensure-ffmpeg.mjs

Exits 0 when ffmpeg is on PATH; otherwise installs Debian's ffmpeg with apt when run as root,
or prints the command to run.`);
  process.exit(0);
}

const has = () => spawnSync("ffmpeg", ["-version"], { stdio: "ignore" }).status === 0;
if (has()) process.exit(0);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot) {
  console.error(
    "ffmpeg is missing. Install it with: sudo apt-get update && sudo apt-get install -y ffmpeg",
  );
  process.exit(1);
}
console.log("ffmpeg is missing; installing Debian's ffmpeg with apt-get …");
const run = (cmd) =>
  execSync(cmd, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
for (let attempt = 1; ; attempt++) {
  try {
    run("apt-get update -qq");
    run("apt-get install -y -qq --no-install-recommends ffmpeg");
    break;
  } catch (err) {
    if (attempt >= 5) throw err; // another process may hold the dpkg lock for a while
    execSync("sleep 10");
  }
}
if (!has()) {
  console.error("apt-get finished but ffmpeg is still missing.");
  process.exit(1);
}
