/**
 * Ids for lesson headings, so every section can be linked to (a teacher's "see #the-roofline").
 * Pure: the lesson text column gives each h2 the id of its text.
 */

/** "Why MACs are not milliseconds: the roofline" → "why-macs-are-not-milliseconds-the-roofline". */
export function headingSlug(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/α/g, "alpha")
    .replace(/ρ/g, "rho")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "section";
}

/** A slugger that keeps ids unique on one page: a repeated heading gets "-2", "-3"… */
export function uniqueSlugger(taken: Iterable<string> = []): (text: string) => string {
  const used = new Set(taken);
  return (text) => {
    const base = headingSlug(text);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
