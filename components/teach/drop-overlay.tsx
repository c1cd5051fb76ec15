"use client";

/**
 * Shown while files are dragged over /teach: a dashed frame round the window and one line saying
 * where a drop would go. It lets every pointer event through, so the zone under it still decides.
 */
export function DropOverlay({ where }: { readonly where: string }) {
  return (
    <div
      className="pointer-events-none fixed top-0 left-0 z-50 h-dvh w-full border-4 border-dashed border-(--color-accent) bg-(--color-accent)/10 dark:border-(--color-accent-dark) dark:bg-(--color-accent-dark)/10"
      data-testid="drop-overlay"
    >
      <p
        role="status"
        className="absolute bottom-6 left-1/2 max-w-[calc(100%-2rem)] -translate-x-1/2 rounded-full bg-slate-900 px-4 py-2 text-center text-sm font-medium text-white shadow-lg dark:bg-white dark:text-slate-900"
      >
        {where}
      </p>
    </div>
  );
}
