import { describe, expect, it } from "vitest";
import { lessonBySlug } from "./catalog";
import { GLOSSARY_IDS, glossaryHref, glossaryInOrder } from "./glossary";
import { headingSlug } from "./heading-anchor";
import { lostTexCommands } from "./tex-lint";

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/).length;

describe("glossary", () => {
  const terms = glossaryInOrder();

  it("defines the terms lesson 1 and 2 used unexplained, in one or two sentences each", () => {
    for (const id of ["imagenet", "top-1", "batchnorm", "kernel", "channel"])
      expect(GLOSSARY_IDS).toContain(id);
    for (const { entry } of terms) {
      expect(sentences(entry.definition), entry.term).toBeLessThanOrEqual(2);
      expect(entry.definition.length, entry.term).toBeGreaterThan(40);
      expect(lostTexCommands(entry.definition), entry.term).toEqual([]);
    }
  });

  it("lists terms alphabetically, with ids that are their own anchors and lessons that exist", () => {
    const names = terms.map((t) => t.entry.term);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    for (const { id, entry } of terms) {
      expect(headingSlug(id)).toBe(id);
      expect(glossaryHref(id)).toBe(`/learn/glossary#${id}`);
      if (entry.lesson) expect(lessonBySlug(entry.lesson), entry.term).toBeDefined();
    }
  });
});
