/**
 * `npm run size:lessons` (after `npm run build`): the first-load JavaScript of every lesson page —
 * every script the prerendered HTML names, gzipped as a host would send it — against the 200 kB
 * budget. Prints one line per lesson and a JSON summary; exits 1 when a lesson is over budget.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { LESSONS } from "@/lib/lessons/catalog";

export const BUDGET_BYTES = 200_000;

/**
 * The same-origin script URLs a page loads before it is interactive (script src and preloads).
 * `noModule` scripts (Next's legacy polyfills) are left out: browsers with modules never fetch them.
 */
export function firstLoadScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)) {
    if (!/\bnoModule\b/i.test(m[1]! + m[3]!)) urls.add(m[2]!);
  }
  for (const m of html.matchAll(/<link[^>]*\bas="script"[^>]*\bhref="([^"]+)"/g)) urls.add(m[1]!);
  return [...urls].filter((u) => u.startsWith("/_next/"));
}

export interface LessonSize {
  readonly slug: string;
  readonly scripts: number;
  readonly bytes: number;
  readonly gzipBytes: number;
}

function measure(
  distDir: string,
  slug: string,
  gzipCache: Map<string, [number, number]>,
): LessonSize {
  const htmlFile = join(distDir, "server/app/learn", `${slug}.html`);
  if (!existsSync(htmlFile)) throw new Error(`${htmlFile} is missing: run npm run build first`);
  const scripts = firstLoadScripts(readFileSync(htmlFile, "utf8"));
  let bytes = 0;
  let gzipBytes = 0;
  for (const url of scripts) {
    let sizes = gzipCache.get(url);
    if (!sizes) {
      const file = readFileSync(join(distDir, decodeURIComponent(url.replace(/^\/_next\//, ""))));
      sizes = [file.byteLength, gzipSync(file).byteLength];
      gzipCache.set(url, sizes);
    }
    bytes += sizes[0];
    gzipBytes += sizes[1];
  }
  return { slug, scripts: scripts.length, bytes, gzipBytes };
}

function main(): void {
  const distDir = join(process.cwd(), process.env.NEXT_DIST_DIR || ".next");
  const cache = new Map<string, [number, number]>();
  const sizes = LESSONS.map((l) => measure(distDir, l.slug, cache));
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  for (const s of sizes)
    console.log(
      `${s.gzipBytes <= BUDGET_BYTES ? "ok  " : "OVER"} /learn/${s.slug}: ${kb(s.gzipBytes)} gzipped (${kb(s.bytes)} raw, ${s.scripts} scripts)`,
    );
  const over = sizes.filter((s) => s.gzipBytes > BUDGET_BYTES);
  const largest = Math.max(...sizes.map((s) => s.gzipBytes));
  console.log(
    JSON.stringify({
      budgetBytes: BUDGET_BYTES,
      largestGzipBytes: largest,
      largestToBudget: Number((largest / BUDGET_BYTES).toFixed(3)),
      lessons: sizes,
    }),
  );
  if (over.length > 0) {
    console.error(`size:lessons: ${over.length} lesson(s) over the ${kb(BUDGET_BYTES)} budget`);
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith("lesson-bundle-size.ts")) main();
