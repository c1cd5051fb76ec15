import type { ModelId } from "@/lib/arch/types";
import { architectureNotes } from "@/lib/explorer/architecture-notes";

/** Where the paper's layer table and the official code (which this count follows) differ. */
export function ArchitectureNotes({ model }: { readonly model: ModelId }) {
  const notes = architectureNotes(model);
  if (notes.length === 0) return null;
  return (
    <div
      className="mt-3 text-sm text-slate-600 dark:text-slate-400"
      data-testid="architecture-notes"
    >
      {notes.map((n) => (
        <p key={n}>
          <span className="font-medium text-slate-700 dark:text-slate-300">Paper vs code: </span>
          {n}
        </p>
      ))}
    </div>
  );
}
