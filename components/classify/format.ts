/** Display helpers for this page: one rule each, units always written. */

export function formatMs(ms: number): string {
  return ms >= 1000
    ? `${(ms / 1000).toFixed(2)} s`
    : `${ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)} ms`;
}

export function formatMB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export function formatPercent(p: number): string {
  return `${(p * 100).toFixed(1)}%`;
}
