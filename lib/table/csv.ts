/**
 * RFC 4180 CSV text for the site's downloads: a field is quoted only when it must be (a comma, a quote
 * or a line break in it), numbers are written in full (no thousands separators) and a number that is
 * not finite becomes an empty field.
 */

export type CsvValue = string | number | boolean;

/** One field as CSV text. */
export function csvField(value: CsvValue): string {
  const text =
    typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: the header line, one line per row, "\n" line ends and a final newline. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\n") + "\n";
}
