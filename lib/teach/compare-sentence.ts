/**
 * The backbone comparison as rows, and the sentence under its table, computed from them: which model
 * reached the best validation accuracy at the lowest cost, and what the others cost for it.
 */
export interface BackboneRow {
  readonly modelId: string;
  readonly name: string;
  /** Validation accuracy of the same head trained on this backbone's embeddings (0…1). */
  readonly accuracy: number;
  readonly validationPhotos: number;
  readonly macs: number | null;
  readonly params: number | null;
  /** Median embedding time per photo (preprocess + run), ms. */
  readonly embedMs: number;
  readonly width: number;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
const millions = (x: number) => `${Math.round(x / 1e6)} M`;

export function compareSentence(rows: readonly BackboneRow[]): string {
  if (rows.length === 0) return "";
  const n = rows[0]!.validationPhotos;
  if (rows.length === 1)
    return `Only ${rows[0]!.name} is installed: ${pct(rows[0]!.accuracy)} of ${n} held-out photos right.`;
  const best = Math.max(...rows.map((r) => r.accuracy));
  const top = rows.filter((r) => r.accuracy === best);
  const cost = (r: BackboneRow) => r.macs ?? Infinity;
  const cheapest = [...top].sort((a, b) => cost(a) - cost(b) || a.embedMs - b.embedMs)[0]!;
  const fastest = [...rows].sort((a, b) => a.embedMs - b.embedMs)[0]!;
  const worst = Math.min(...rows.map((r) => r.accuracy));
  const head =
    top.length === rows.length
      ? `Every backbone gets ${pct(best)} of the ${n} held-out photos right, so the cheapest one, ${cheapest.name}${cheapest.macs ? ` (${millions(cheapest.macs)} MACs)` : ""}, is enough for these classes`
      : `${cheapest.name} gets the most held-out photos right (${pct(best)} of ${n})${cheapest.macs ? ` at ${millions(cheapest.macs)} MACs` : ""}, against ${pct(worst)} for the weakest`;
  const speed =
    fastest.modelId === cheapest.modelId
      ? `; it is also the fastest here, ${fastest.embedMs.toFixed(1)} ms per photo.`
      : `; ${fastest.name} is the fastest here (${fastest.embedMs.toFixed(1)} ms per photo against ${cheapest.embedMs.toFixed(1)} ms).`;
  const caveat =
    n < 20
      ? ` With only ${n} held-out photos, one photo moves accuracy by ${Math.round(100 / Math.max(1, n))} points: add photos before reading much into small gaps.`
      : "";
  return head + speed + caveat;
}
