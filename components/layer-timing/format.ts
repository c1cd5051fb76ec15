/** Number formats of the layer-timing views. */

/** "0.412 ms", "3.05 ms", "12.4 ms" */
export function formatMsShort(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  return `${ms < 1 ? ms.toFixed(3) : ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
}

/** "812 kB", "5.13 MB" (decimal units, as bandwidth is quoted in GB/s) */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toPrecision(3)} MB`;
  return `${(bytes / 1e3).toPrecision(3)} kB`;
}

/** Three significant digits, no exponent for the ranges we show. */
export function sig3(x: number): string {
  if (!Number.isFinite(x)) return "–";
  return x >= 100 ? x.toFixed(0) : x.toPrecision(3);
}
