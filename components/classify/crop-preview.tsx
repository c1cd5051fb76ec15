"use client";

import { useEffect, useRef } from "react";

/** The exact 224×224 crop the model saw, drawn from the worker's RGBA bytes. */
export function CropPreview({
  rgba,
  size,
}: {
  readonly rgba: Uint8ClampedArray;
  readonly size: number;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext("2d");
    if (ctx) ctx.putImageData(new ImageData(new Uint8ClampedArray(rgba), size, size), 0, 0);
  }, [rgba, size]);
  return (
    <figure>
      <canvas
        ref={ref}
        width={size}
        height={size}
        className="aspect-square w-full max-w-56 rounded-lg border border-slate-200 dark:border-slate-700"
        role="img"
        aria-label="The 224 by 224 pixel crop the model saw"
      />
      <figcaption className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        What the model sees: shorter side resized to 256 px, centre 224×224.
      </figcaption>
    </figure>
  );
}
