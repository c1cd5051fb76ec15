"use client";

import { saveFile } from "@/components/ui/save-file";

/** Saves a table's CSV; `csv` builds the text only when the button is clicked. */
export function CsvDownloadButton({
  label,
  fileName,
  csv,
  testId,
}: {
  readonly label: string;
  readonly fileName: string;
  readonly csv: () => string;
  readonly testId?: string;
}) {
  return (
    <button
      type="button"
      onClick={() => saveFile(csv(), fileName, "text/csv")}
      data-testid={testId}
      className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200"
    >
      {label}
    </button>
  );
}
