/**
 * Renders every lesson route (as the server does) and checks all of its text, captions and
 * formulas for TeX commands that lost their backslash. Self-check hints and explanations appear only
 * after a pick, so lib/lessons/tex-lint.test.ts checks those as data.
 */
import type { ComponentType } from "react";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LESSONS } from "@/lib/lessons/catalog";
import { lostTexCommands, lostTexCommandsInFormula } from "@/lib/lessons/tex-lint";

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#x27;": "'",
  "&nbsp;": " ",
};
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#x27|nbsp);/g, (e) => ENTITIES[e] ?? e);

/** The html without KaTeX's own rendering (checked through its TeX annotation instead). */
function withoutKatex(html: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    const start = html.indexOf('<span class="katex', at);
    if (start < 0) return out + html.slice(at);
    out += html.slice(at, start);
    let depth = 0;
    const tag = /<(\/?)span\b[^>]*>/g;
    tag.lastIndex = start;
    for (let m = tag.exec(html); m; m = tag.exec(html)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        at = tag.lastIndex;
        break;
      }
    }
    if (depth !== 0) return out;
    out += " ";
  }
}

/** Visible text: tags of text-level elements vanish, block-level ones break words apart. */
function visibleText(html: string): string {
  const noScript = withoutKatex(html).replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, " ");
  const blocks = noScript.replace(
    /<\/?(p|div|li|ul|ol|h\d|figure|figcaption|td|th|tr|section|button|label|option|select|legend|fieldset|br)\b[^>]*>/g,
    " ",
  );
  return decode(blocks.replace(/<[^>]+>/g, ""));
}

describe("every lesson's rendered text", () => {
  it.each(LESSONS.map((l) => l.slug))(
    "%s has no TeX command without its backslash",
    async (slug) => {
      const page = (await import(`../../app/learn/${slug}/page.tsx`)) as {
        default: ComponentType;
      };
      const html = renderToStaticMarkup(createElement(page.default));
      const formulas = [
        ...html.matchAll(/<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/g),
      ].map((m) => decode(m[1] ?? ""));
      const text = visibleText(html);
      expect(text).toContain("Check yourself");
      expect(formulas.flatMap((f) => lostTexCommandsInFormula(f))).toEqual([]);
      expect(lostTexCommands(text, true)).toEqual([]);
    },
  );
});
