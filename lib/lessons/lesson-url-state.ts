/**
 * A lesson's main control in its URL (?alpha=0.5&res=160, ?stage=3), so a teacher can link to the
 * exact state they want to show. Pure parsing: a bad or missing value gives null (the default).
 */

/** An integer in [min, max] from a query value, or null. */
export function intParam(raw: string | null, min: number, max: number): number | null {
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

/** A number in [min, max] snapped to `step` from `min` (0.25 + k·0.05), or null. */
export function steppedParam(
  raw: string | null,
  min: number,
  max: number,
  step: number,
): number | null {
  if (raw === null || raw.trim() === "") return null;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min - 1e-9 || n > max + 1e-9) return null;
  const k = Math.round((n - min) / step);
  const snapped = Math.round((min + k * step) * 1e6) / 1e6;
  return Math.abs(snapped - n) < 1e-6 ? snapped : null;
}

/**
 * `search` with `updates` applied (null removes a key), keeping every other parameter in order;
 * "" when nothing is left, else "?…".
 */
export function withParams(
  search: string,
  updates: Readonly<Record<string, string | null>>,
): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(updates)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
