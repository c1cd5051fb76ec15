// Installs a missing Debian package for the e2e tools (Chromium, ffmpeg). Node built-ins only: it runs
// before `npm install` may have finished.
import { execSync } from "node:child_process";

/**
 * As root, installs `pkg` with apt-get (retrying while another process holds the dpkg lock) and
 * returns; otherwise prints the command to run (and `hint`) and exits 1.
 * @param {{ name: string, pkg: string, aptFlags?: string, hint?: string }} tool
 */
export function aptInstallOrExplain({ name, pkg, aptFlags = "", hint = "" }) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `${name} is missing. Install it with: sudo apt-get update && sudo apt-get install -y ${pkg}${hint}`,
    );
    process.exit(1);
  }
  console.log(`${name} is missing; installing Debian's ${pkg} with apt-get …`);
  const run = (cmd) =>
    execSync(cmd, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  for (let attempt = 1; ; attempt++) {
    try {
      run("apt-get update -qq");
      run(`apt-get install -y -qq ${aptFlags}${pkg}`);
      return;
    } catch (err) {
      // Another process may hold the dpkg lock for a while; retry before giving up.
      if (attempt >= 5) throw err;
      execSync("sleep 10");
    }
  }
}
