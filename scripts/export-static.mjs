#!/usr/bin/env node
// `npm run export`: the whole site as static files in out/ (Next's static export), plus the host
// config files that give every response the same headers `next start` sends.
//
// With output: "export" Next always compiles into .next (a custom distDir only names the export
// destination), which would overwrite the `next start` build. So the start build is moved aside
// and put back afterwards, and the export's own build folder is kept as .next-export between runs
// (its compile cache makes the next export fast). Do not run this while `next start` is serving.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SECURITY_HEADERS } from "../lib/http/security-headers.mjs";
import { netlifyHeaders, serveJson, vercelJson } from "../lib/http/static-host-files.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "out");
const dotNext = join(root, ".next");
const startBuild = join(root, ".next-start-aside");
const exportBuild = join(root, ".next-export");

function run(command, args, env = {}) {
  const { NEXT_DIST_DIR: _ignored, ...inherited } = process.env; // a distDir would become the output
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...inherited, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  return result.status ?? 1;
}

function move(from, to) {
  if (!existsSync(from)) return;
  rmSync(to, { recursive: true, force: true });
  renameSync(from, to);
}

if (run(process.execPath, [join(root, "scripts/copy-ort.mjs")]) !== 0) process.exit(1);
if (run(process.execPath, [join(root, "scripts/build-inference-worker.mjs")]) !== 0)
  process.exit(1);
move(dotNext, startBuild);
let status;
try {
  move(exportBuild, dotNext);
  rmSync(out, { recursive: true, force: true });
  status = run(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "build"], {
    NEXT_OUTPUT: "export",
  });
} finally {
  move(dotNext, exportBuild);
  move(startBuild, dotNext);
}
if (status !== 0) process.exit(status);

// The gzipped runtime copies are for `next start` (next.config.js); a static host compresses the
// plain files itself.
for (const f of readdirSync(join(out, "ort"), { recursive: true }))
  if (String(f).endsWith(".wasm.gz")) rmSync(join(out, "ort", String(f)));

if (run(process.execPath, [join(root, "scripts/build-sw.mjs"), "out"]) !== 0) process.exit(1);

const files = {
  _headers: netlifyHeaders(SECURITY_HEADERS),
  "vercel.json": vercelJson(SECURITY_HEADERS),
  "serve.json": serveJson(SECURITY_HEADERS),
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
console.log(
  `export: out/ with ${Object.keys(files).join(", ")} (headers from lib/http/security-headers.mjs)`,
);
if (existsSync(join(out, "samples/imagenet")))
  console.log(
    "export: out/samples/imagenet holds the local ImageNet test photos; delete it before deploying publicly.",
  );
