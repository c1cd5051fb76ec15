/**
 * Reads one typed field of the separable calculator (kernel, channels, map size). Says what is wrong in
 * the user's words: an empty field is "empty" (Number("") would be 0), and the field's maximum is enforced
 * here, not only by the input's `max` attribute, which typing ignores.
 */
export interface LayerFieldRule {
  /** As the label reads, e.g. "Kernel size". */
  readonly label: string;
  readonly max: number;
}

export type LayerFieldValue =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

export function parseLayerField(text: string, rule: LayerFieldRule): LayerFieldValue {
  const trimmed = text.trim();
  const range = `a whole number from 1 to ${rule.max}`;
  if (trimmed === "") return { ok: false, message: `${rule.label} is empty: type ${range}.` };
  const value = Number(trimmed);
  if (!Number.isInteger(value) || value < 1 || value > rule.max)
    return { ok: false, message: `${rule.label} must be ${range}, got ${trimmed}.` };
  return { ok: true, value };
}
