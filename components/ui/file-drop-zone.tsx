"use client";

import { useId, type ReactNode } from "react";
import { useFileDrop } from "@/components/hooks/use-file-drop";

/**
 * A dashed box that takes one dropped file, highlighted while a file is dragged over it. The file
 * is only handed to `onFile`; nothing is uploaded.
 */
export function FileDropZone({
  onFile,
  disabled,
  testId,
  className = "",
  children,
}: {
  readonly onFile: (file: File) => void;
  readonly disabled: boolean;
  readonly testId: string;
  /** Extra classes (padding). */
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const { dragging, dropProps } = useFileDrop(([file]) => {
    if (file && !disabled) onFile(file);
  });
  return (
    <div
      {...dropProps}
      data-testid={testId}
      className={`rounded-xl border-2 border-dashed text-center ${className} ${
        dragging
          ? "border-(--color-accent) bg-sky-50 dark:bg-sky-950/40"
          : "border-slate-300 dark:border-slate-700"
      }`}
    >
      {children}
    </div>
  );
}

/** A button-styled label over a hidden file input: one chosen file goes to `onFile`. */
export function FileChooseButton({
  label,
  accept,
  onFile,
  disabled,
  testId,
  className = "",
}: {
  readonly label: string;
  readonly accept: string;
  readonly onFile: (file: File) => void;
  readonly disabled: boolean;
  readonly testId: string;
  readonly className?: string;
}) {
  const inputId = useId();
  return (
    <label
      htmlFor={inputId}
      className={`cursor-pointer rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 has-focus-visible:outline-2 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200 ${className}`}
    >
      {label}
      <input
        id={inputId}
        type="file"
        accept={accept}
        className="sr-only"
        data-testid={testId}
        disabled={disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onFile(file);
          e.currentTarget.value = ""; // the same file chosen again still counts
        }}
      />
    </label>
  );
}
