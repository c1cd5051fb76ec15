import Link from "next/link";
import type { ReactNode } from "react";
import type { GlossaryId } from "@/lib/lessons/glossary";
import { GLOSSARY, glossaryHref } from "@/lib/lessons/glossary";

/**
 * A term at its first use in the lessons: underlined, its short definition as a tooltip, and a link
 * to its entry in the glossary.
 */
export function Term({ id, children }: { readonly id: GlossaryId; readonly children: ReactNode }) {
  const entry = GLOSSARY[id];
  return (
    <Link
      href={glossaryHref(id)}
      title={`${entry.term}: ${entry.definition}`}
      data-term={id}
      className="underline decoration-slate-400 decoration-dotted decoration-1 underline-offset-4 hover:decoration-solid dark:decoration-slate-500"
    >
      {children}
    </Link>
  );
}
