"use client";

import type { DragEvent } from "react";
import { useState } from "react";

/**
 * Makes an element a drop target for files: spread `dropProps` on it and style it by `dragging`
 * (true while files are dragged over it). Dropped files go to `onFiles`; nothing is uploaded.
 */
export function useFileDrop(onFiles: (files: File[]) => void) {
  const [dragging, setDragging] = useState(false);
  const dropProps = {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      onFiles(Array.from(e.dataTransfer.files));
    },
  };
  return { dragging, dropProps };
}
