/** One way to print an activation value: 3 significant digits, small and large in exponent form. */
export function formatStat(v: number): string {
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e4 || a < 1e-3) return v.toExponential(2);
  return String(Number(v.toPrecision(3)));
}

/** A fraction as a percentage with one decimal ("37.5 %"). */
export function formatPercent(f: number): string {
  return `${(f * 100).toFixed(1)} %`;
}
