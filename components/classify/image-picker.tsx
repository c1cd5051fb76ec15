"use client";

import { useEffect } from "react";
import { FileChooseButton, FileDropZone } from "@/components/ui/file-drop-zone";
import { WebcamSnapshot } from "./webcam-snapshot";

/**
 * Every way to hand over a photo: file picker, drag and drop, paste (anywhere on the page) and a
 * webcam snapshot. Files go straight to the worker as Blobs; nothing is uploaded.
 */
export function ImagePicker({
  onImage,
  disabled,
}: {
  readonly onImage: (blob: Blob, name: string) => void;
  readonly disabled: boolean;
}) {
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const file = Array.from(e.clipboardData?.files ?? [])[0];
      if (file && !disabled) {
        e.preventDefault();
        onImage(file, file.name || "pasted image");
      }
    };
    document.addEventListener("paste", onPaste);
    return () => document.removeEventListener("paste", onPaste);
  }, [onImage, disabled]);

  return (
    <FileDropZone
      onFile={(file) => onImage(file, file.name)}
      disabled={disabled}
      testId="drop-zone"
      className="p-5"
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Drop a photo here, {/* Touch-only devices have no keyboard shortcut to paste with. */}
        <span className="pointer-coarse:hidden" data-testid="paste-hint">
          paste one (Ctrl/⌘+V),{" "}
        </span>
        or
      </p>
      <div className="mt-3 flex flex-wrap items-center justify-center gap-2">
        <FileChooseButton
          label="Choose a photo…"
          accept="image/*"
          onFile={(file) => onImage(file, file.name)}
          disabled={disabled}
          testId="file-input"
        />
        <WebcamSnapshot onImage={onImage} disabled={disabled} />
      </div>
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        JPEG, PNG, WebP, GIF or AVIF · up to 50 MB and 100 megapixels · stays on your device
      </p>
    </FileDropZone>
  );
}
