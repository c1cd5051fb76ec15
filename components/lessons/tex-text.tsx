import { texSegments } from "@/lib/lessons/tex-segments";
import { Tex } from "./tex";

/** Plain text with `$…$` formulas typeset by KaTeX (on the server, like every lesson formula). */
export function TexText({ text }: { readonly text: string }) {
  return <>{texSegments(text).map((s, i) => (s.tex ? <Tex key={i} math={s.text} /> : s.text))}</>;
}
