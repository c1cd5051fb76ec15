"use client";

import { memo, useEffect, useRef } from "react";
import { channelPlane } from "@/lib/inside/layer-weights";
import { paintChannel } from "@/lib/viz/activation-ramp";

/**
 * Channel `channel` of an NCHW tensor painted with the activation ramp on the layer's shared
 * [lo, hi] range. Takes the whole tensor and an index (stable props), so selecting another channel
 * repaints only the canvases whose channel changed.
 */
export const ChannelCanvas = memo(function ChannelCanvas({
  data,
  channel,
  h,
  w,
  lo,
  hi,
  className = "",
  label,
}: {
  readonly data: Float32Array;
  readonly channel: number;
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
    paintChannel(channelPlane(data, h * w, channel), lo, hi, img.data);
    ctx.putImageData(img, 0, 0);
  }, [data, channel, h, w, lo, hi]);
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
});
