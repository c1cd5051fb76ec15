import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LESSONS } from "./catalog";

// Each lesson has its own route file (so each page ships only its own client components); the
// catalog is the list of lessons, so every entry must have one, rendering that lesson.
describe("lesson routes", () => {
  it.each(LESSONS.map((l) => l.slug))("app/learn/%s/page.tsx renders that lesson", (slug) => {
    const file = join(process.cwd(), "app/learn", slug, "page.tsx");
    expect(existsSync(file)).toBe(true);
    const source = readFileSync(file, "utf8");
    expect(source).toContain(`lessonRoute("${slug}", `);
    expect(source).toContain(`lessonMetadata("${slug}")`);
    expect(source).toContain(`@/components/lessons/${slug}"`);
  });
});
