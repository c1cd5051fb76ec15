"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Where a drop lands on /teach: a class card (`data-drop-zone="class:<id>"`), the "Try it" panel
 * (`data-drop-zone="classify"`), or anywhere else on the page.
 */
export type DropZone =
  | { readonly kind: "class"; readonly classId: string }
  | { readonly kind: "classify" }
  | { readonly kind: "page" };

function zoneKey(target: EventTarget | null): string {
  const el = target instanceof Element ? target.closest<HTMLElement>("[data-drop-zone]") : null;
  return el?.dataset.dropZone ?? "page";
}

function zoneOf(key: string): DropZone {
  if (key === "classify") return { kind: "classify" };
  if (key.startsWith("class:")) return { kind: "class", classId: key.slice("class:".length) };
  return { kind: "page" };
}

const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes("Files");

/**
 * Makes the whole page a drop target for files. Returns the zone under the pointer while files are
 * dragged over the page (null otherwise), for the overlay; a drop hands the files and its zone to
 * `onDrop`. Listeners sit on window, so a drop anywhere — even between panels — is caught and the
 * browser never opens the file instead.
 */
export function usePageDrop(onDrop: (files: File[], zone: DropZone) => void): DropZone | null {
  const [over, setOver] = useState<string | null>(null);
  const onDropRef = useRef(onDrop);
  useEffect(() => {
    onDropRef.current = onDrop;
  }, [onDrop]);

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: the count says when the page is left.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth += 1;
      e.preventDefault();
      setOver(zoneKey(e.target));
    };
    const move = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
      setOver(zoneKey(e.target));
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(null);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(null);
      onDropRef.current(Array.from(e.dataTransfer?.files ?? []), zoneOf(zoneKey(e.target)));
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", move);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", move);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, []);

  return over === null ? null : zoneOf(over);
}
