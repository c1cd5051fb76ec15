"use client";

import { FileChooseButton, FileDropZone } from "@/components/ui/file-drop-zone";
import { MAX_MODEL_BYTES } from "@/lib/model-file/model-file-error";

/** Pick or drop one .onnx file; the file is only handed over, never uploaded. */
export function ModelFilePicker({
  onFile,
  disabled,
}: {
  readonly onFile: (file: File) => void;
  readonly disabled: boolean;
}) {
  return (
    <FileDropZone onFile={onFile} disabled={disabled} testId="model-drop-zone" className="p-6">
      <p className="text-sm text-slate-700 dark:text-slate-300">Drop an .onnx file here, or</p>
      <FileChooseButton
        label="Choose an ONNX model…"
        accept=".onnx,application/octet-stream"
        onFile={onFile}
        disabled={disabled}
        testId="model-file-input"
        className="mt-3 inline-block"
      />
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        Up to {Math.round(MAX_MODEL_BYTES / (1024 * 1024))} MB, weights inside the file · read in
        your browser, never uploaded
      </p>
    </FileDropZone>
  );
}
