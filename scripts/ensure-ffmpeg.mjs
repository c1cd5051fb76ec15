#!/usr/bin/env node
// The /teach webcam e2e feeds Chromium a fake camera file that Debian's ffmpeg makes from the
// sample photos at test time. Install ffmpeg when missing (as root, with apt), as
// ensure-chromium.mjs does for the browser; otherwise say what to install.
import { execSync } from "node:child_process";

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(`usage: node scripts/ensure-ffmpeg.mjs

Exits 0 when ffmpeg is on PATH; otherwise installs Debian's ffmpeg with apt when run as root, or
prints the command to run.`);
  process.exit(0);
}

const has = () => {
  try {
    execSync("ffmpeg -version", { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
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
    run("apt-get install -y -qq ffmpeg");
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
