"use client";

import { useId, useState } from "react";
import { MAX_MODEL_BYTES } from "@/lib/model-file/model-file-error";

/** Pick or drop one .onnx file; the file is only handed over, never uploaded. */
export function ModelFilePicker({
  onFile,
  disabled,
}: {
  readonly onFile: (file: File) => void;
  readonly disabled: boolean;
}) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file && !disabled) onFile(file);
      }}
      data-testid="model-drop-zone"
      className={`rounded-xl border-2 border-dashed p-6 text-center ${
        dragging
          ? "border-(--color-accent) bg-sky-50 dark:bg-sky-950/40"
          : "border-slate-300 dark:border-slate-700"
      }`}
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">Drop an .onnx file here, or</p>
      <label
        htmlFor={inputId}
        className="mt-3 inline-block cursor-pointer rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 has-focus-visible:outline-2 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200"
      >
        Choose an ONNX model…
        <input
          id={inputId}
          type="file"
          accept=".onnx,application/octet-stream"
          className="sr-only"
          data-testid="model-file-input"
          disabled={disabled}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
            e.currentTarget.value = "";
          }}
        />
      </label>
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        Up to {Math.round(MAX_MODEL_BYTES / (1024 * 1024))} MB, weights inside the file · read in
        your browser, never uploaded
      </p>
    </div>
  );
}
