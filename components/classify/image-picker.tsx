"use client";

import { useEffect, useId, useState } from "react";
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
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

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
        if (file && !disabled) onImage(file, file.name);
      }}
      data-testid="drop-zone"
      className={`rounded-xl border-2 border-dashed p-5 text-center ${
        dragging
          ? "border-(--color-accent) bg-sky-50 dark:bg-sky-950/40"
          : "border-slate-300 dark:border-slate-700"
      }`}
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Drop a photo here, {/* Touch-only devices have no keyboard shortcut to paste with. */}
        <span className="pointer-coarse:hidden" data-testid="paste-hint">
          paste one (Ctrl/⌘+V),{" "}
        </span>
        or
      </p>
      <div className="mt-3 flex flex-wrap items-center justify-center gap-2">
        <label
          htmlFor={inputId}
          className="cursor-pointer rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 has-focus-visible:outline-2 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200"
        >
          Choose a photo…
          <input
            id={inputId}
            type="file"
            accept="image/*"
            className="sr-only"
            data-testid="file-input"
            disabled={disabled}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) onImage(file, file.name);
              e.currentTarget.value = "";
            }}
          />
        </label>
        <WebcamSnapshot onImage={onImage} disabled={disabled} />
      </div>
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        JPEG, PNG, WebP, GIF or AVIF · up to 50 MB and 100 megapixels · stays on your device
      </p>
    </div>
  );
}
