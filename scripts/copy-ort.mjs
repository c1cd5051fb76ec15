#!/usr/bin/env node
// Self-host onnxruntime-web's runtime files under public/ort/<content hash>/ so inference works
// offline, the runtime version can never drift from the package we tested, and the files can be
// cached as immutable (see scripts/ort-files.mjs). Older hash folders are removed.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ORT_DIST, ORT_FILES, ORT_PRECOMPRESSED, ortBasePath } from "./ort-files.mjs";
import { exitOnHelp } from "./help-flag.mjs";

exitOnHelp(`usage: node scripts/copy-ort.mjs   (npm run copy:ort)

Copies ${ORT_FILES.join(", ")} from node_modules/onnxruntime-web/dist
to public/ort/<content hash>/ with gzipped copies of the .wasm files (served precompressed by
next start), and removes older hash folders. Run by npm run build.`);

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const base = ortBasePath();
if (base === "/ort/") {
  console.error(`copy-ort: onnxruntime-web files are missing in ${ORT_DIST}; run npm install.`);
  process.exit(1);
}
const publicOrt = join(root, "public", "ort");
const out = join(root, "public", base);
mkdirSync(out, { recursive: true });
for (const entry of readdirSync(publicOrt)) {
  if (join(publicOrt, entry) + "/" !== out)
    rmSync(join(publicOrt, entry), { recursive: true, force: true });
}
let bytes = 0;
for (const f of ORT_FILES) {
  copyFileSync(join(ORT_DIST, f), join(out, f));
  bytes += statSync(join(out, f)).size;
}
// Gzip once here instead of once per request in the server (the folder is content-addressed, so a
// .gz that exists was made from these very bytes).
for (const f of ORT_PRECOMPRESSED) {
  const gz = join(out, `${f}.gz`);
  if (!existsSync(gz)) writeFileSync(gz, gzipSync(readFileSync(join(out, f)), { level: 9 }));
}
console.log(`copy-ort: ${ORT_FILES.length} files (${(bytes / 1e6).toFixed(1)} MB) → public${base}`);
