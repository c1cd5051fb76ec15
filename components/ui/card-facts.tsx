import type { ReactNode } from "react";

export interface CardFact {
  readonly term: ReactNode;
  readonly value: ReactNode;
}

/** A result card's small numbers (a table row on a phone): three labelled values side by side. */
export function CardFacts({ facts }: { readonly facts: readonly CardFact[] }) {
  return (
    <dl className="mt-2 grid grid-cols-3 gap-2 text-xs">
      {facts.map((f, i) => (
        <div key={i}>
          <dt className="text-slate-500 dark:text-slate-400">{f.term}</dt>
          <dd className="font-mono tabular-nums">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
