"use client";

import { useEffect, useRef } from "react";
import { paintChannel } from "@/lib/viz/activation-ramp";

/** One channel plane painted with the activation ramp on the layer's shared [lo, hi] range. */
export function ChannelCanvas({
  plane,
  h,
  w,
  lo,
  hi,
  className = "",
  label,
}: {
  readonly plane: Float32Array;
  readonly h: number;
  readonly w: number;
  readonly lo: number;
  readonly hi: number;
  readonly className?: string;
  readonly label?: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext("2d");
    if (!ctx) return;
    const img = ctx.createImageData(w, h);
    paintChannel(plane, lo, hi, img.data);
    ctx.putImageData(img, 0, 0);
  }, [plane, h, w, lo, hi]);
  return (
    <canvas
      ref={ref}
      width={w}
      height={h}
      className={`block aspect-square w-full [image-rendering:pixelated] ${className}`}
      role={label ? "img" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}
