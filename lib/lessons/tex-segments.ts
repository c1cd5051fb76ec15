/**
 * Splits feedback text into plain and TeX runs: `$…$` marks inline math, so question data stays plain
 * strings and the page typesets the formulas with KaTeX. An unmatched `$` is kept as text.
 */
export interface TextSegment {
  readonly tex: boolean;
  readonly text: string;
}

export function texSegments(text: string): TextSegment[] {
  const out: TextSegment[] = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf("$");
    const close = open < 0 ? -1 : rest.indexOf("$", open + 1);
    if (close < 0) break;
    if (open > 0) out.push({ tex: false, text: rest.slice(0, open) });
    out.push({ tex: true, text: rest.slice(open + 1, close) });
    rest = rest.slice(close + 1);
  }
  if (rest) out.push({ tex: false, text: rest });
  return out;
}

/** The same text with the `$` delimiters removed (for plain-text uses such as titles). */
export function plainText(text: string): string {
  return texSegments(text)
    .map((s) => s.text)
    .join("");
}
