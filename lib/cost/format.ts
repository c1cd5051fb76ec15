/**
 * Display formatting for counts (MACs, params). One rule everywhere, `formatCount`:
 * - ≥ 10⁹ → "G", ≥ 10⁵ → "M", ≥ 10³ → "k", otherwise the plain integer;
 * - two significant digits, but never rounding away integer digits:
 *   568,740,352 → "569 M", 41,030,272 → "41 M", 4,210,088 → "4.2 M", 464,600 → "0.47 M", 2.17e9 → "2.2 G".
 * The unit is separated by a normal space. Non-finite input gives "–" (it is never produced by lib/cost).
 */

const UNITS = [
  { min: 1e9, scale: 1e9, suffix: "G" },
  { min: 1e5, scale: 1e6, suffix: "M" },
  { min: 1e3, scale: 1e3, suffix: "k" },
] as const;

/** Decimals for two significant digits without dropping integer digits (569 → 0, 4.2 → 1, 0.47 → 2). */
function decimalsFor(value: number): number {
  if (value >= 10) return 0;
  if (value >= 1) return 1;
  return 2;
}

function formatScaled(abs: number): string {
  const unit = UNITS.find((u) => abs >= u.min);
  if (!unit) return String(Math.round(abs));
  const value = abs / unit.scale;
  // Rounding can carry into a new digit (9.96 → 10.0 → "10"; 0.999 → 1.00 → "1.0"): re-pick decimals.
  const rounded = Number(value.toFixed(decimalsFor(value)));
  if (rounded >= 1000 && unit.suffix !== "G") return formatScaled(rounded * unit.scale);
  return `${rounded.toFixed(decimalsFor(rounded))} ${unit.suffix}`;
}

/** Short human count: "569 M", "4.2 M", "41 M", "0.47 M", "2.2 G", "960" (rule in the module comment). */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return "–";
  const sign = n < 0 ? "-" : "";
  return sign + formatScaled(Math.abs(n));
}

/** Exact integer with thousands separators: 568740352 → "568,740,352" (locale-independent). */
export function formatExact(n: number): string {
  if (!Number.isFinite(n)) return "–";
  const sign = n < 0 ? "-" : "";
  const digits = String(Math.round(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** FLOPs as the "2 × MACs" convention (one multiply + one add); label it so in the UI. */
export function macsToFlops(macs: number): number {
  return 2 * macs;
}
