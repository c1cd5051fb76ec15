/**
 * Previous / next layer buttons (44 px targets) that stay at the top of the layer view while it is
 * on screen (sticky under the site header), so a phone reader steps through layers beside the view
 * that changes instead of scrolling down to the table's 20 px rows.
 */
export function LayerStepper({
  index,
  count,
  path,
  onSelect,
}: {
  readonly index: number;
  readonly count: number;
  readonly path: string;
  readonly onSelect: (index: number) => void;
}) {
  const button =
    "flex h-11 min-w-11 items-center justify-center gap-1 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800";
  return (
    <div
      role="group"
      aria-label="Step through the layers"
      className="sticky top-14 z-10 -mx-4 mb-3 flex items-center justify-between gap-2 rounded-t-xl border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur dark:border-slate-800 dark:bg-[#0f1419]/95"
      data-testid="layer-stepper"
    >
      <button
        type="button"
        className={button}
        disabled={index <= 0}
        onClick={() => onSelect(index - 1)}
      >
        <span aria-hidden>←</span> Previous layer
      </button>
      <span className="min-w-0 truncate text-center text-xs text-slate-600 dark:text-slate-400">
        <span className="font-mono">{index + 1}</span> of {count}
        <span className="hidden sm:inline">
          {" "}
          · <span className="font-mono">{path}</span>
        </span>
      </span>
      <button
        type="button"
        className={button}
        disabled={index >= count - 1}
        onClick={() => onSelect(index + 1)}
      >
        Next layer <span aria-hidden>→</span>
      </button>
    </div>
  );
}
