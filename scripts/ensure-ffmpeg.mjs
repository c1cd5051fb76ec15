#!/usr/bin/env node
// The webcam e2e tests (/detect live mode, /teach bursts) feed Chromium's fake camera a clip made
// from sample photos with Debian's ffmpeg. Install it when missing (as root, with apt), otherwise
// say what to install.
import { spawnSync } from "node:child_process";
import { aptInstallOrExplain } from "./apt-install.mjs";
import { exitOnHelp } from "./help-flag.mjs";

exitOnHelp(`usage: node scripts/ensure-ffmpeg.mjs

Exits 0 when ffmpeg is on PATH; otherwise installs Debian's ffmpeg with apt when run as root,
or prints the command to run.`);

const has = () => spawnSync("ffmpeg", ["-version"], { stdio: "ignore" }).status === 0;
if (has()) process.exit(0);
aptInstallOrExplain({ name: "ffmpeg", pkg: "ffmpeg", aptFlags: "--no-install-recommends " });
if (!has()) {
  console.error("apt-get finished but ffmpeg is still missing.");
  process.exit(1);
}
