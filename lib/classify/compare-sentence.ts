/**
 * The one conclusion compare mode draws from its own table: how many times fewer multiply-adds the
 * cheapest model needs than the costliest, against how many times faster it actually ran. MACs are
 * not milliseconds, and this sentence says by how much, from the numbers just measured.
 */

export interface CompareEntry {
  /** "MobileNetV3 Small 1.0-224". */
  readonly name: string;
  /** "WASM" or "WebGPU". */
  readonly backend: string;
  /** Cost-engine multiply-adds; null when the engine does not know the model. */
  readonly macs: number | null;
  /** Warm median of this run, in ms. */
  readonly medianMs: number;
}

/** "9.3×" below 10, "14×" above: two significant figures are all a shared machine's timings carry. */
export function formatRatio(r: number): string {
  return `${r < 10 ? r.toFixed(1) : r.toFixed(0)}×`;
}

function ms(x: number): string {
  return `${x >= 100 ? x.toFixed(0) : x.toFixed(1)} ms`;
}

/** The backend with the most usable rows (ties: the first seen), so the sentence compares like with like. */
function busiestBackend(entries: readonly CompareEntry[]): string | null {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.backend, (counts.get(e.backend) ?? 0) + 1);
  let best: string | null = null;
  for (const [backend, n] of counts)
    if (best === null || n > (counts.get(best) ?? 0)) best = backend;
  return best;
}

/**
 * One sentence comparing the lightest and heaviest model (by MACs) on one backend, or null when the
 * table has fewer than two models with known MACs and a positive time on the same backend.
 */
export function compareSentence(rows: readonly CompareEntry[]): string | null {
  const usable = rows.filter(
    (r) => r.macs !== null && r.macs > 0 && Number.isFinite(r.medianMs) && r.medianMs > 0,
  );
  const backend = busiestBackend(usable);
  const same = usable.filter((r) => r.backend === backend);
  if (same.length < 2) return null;
  const byMacs = [...same].sort((a, b) => (a.macs ?? 0) - (b.macs ?? 0));
  const light = byMacs[0];
  const heavy = byMacs.at(-1);
  if (!light || !heavy || light.macs === null || heavy.macs === null) return null;
  if (light.macs === heavy.macs) return null;
  const macsRatio = heavy.macs / light.macs;
  const timeRatio = heavy.medianMs / light.medianMs;
  const head = `On ${backend}, ${light.name} needs ${formatRatio(macsRatio)} fewer multiply-adds than ${heavy.name}`;
  const times = `(${ms(light.medianMs)} vs ${ms(heavy.medianMs)})`;
  if (timeRatio <= 1) return `${head}, yet it was not faster ${times}: MACs are not milliseconds.`;
  if (timeRatio >= macsRatio * 0.9)
    return `${head} and ran ${formatRatio(timeRatio)} faster ${times}: here time followed MACs.`;
  return `${head} but ran only ${formatRatio(timeRatio)} faster ${times}: MACs are not milliseconds.`;
}
