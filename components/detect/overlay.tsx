"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { classColour, css } from "@/lib/detect/class-colours";
import type { Detection, Segmentation } from "@/lib/detect/protocol";

/**
 * A photo or a video with what the model found drawn over it: boxes with label and score, or the
 * class mask at the chosen opacity. Boxes are normalised to the whole photo (the models see it
 * stretched, no crop), so percentages of the media's own box place them on any aspect ratio.
 */
export function Overlay({
  children,
  detections,
  segmentation,
  opacity,
}: {
  readonly children: ReactNode;
  readonly detections: readonly Detection[] | null;
  readonly segmentation: Segmentation | null;
  readonly opacity: number;
}) {
  return (
    <div className="relative inline-block max-w-full align-top" data-testid="overlay">
      {children}
      {segmentation && <MaskCanvas segmentation={segmentation} opacity={opacity} />}
      {detections?.map((d, i) => (
        <BoxFrame key={i} detection={d} />
      ))}
    </div>
  );
}

function BoxFrame({ detection: d }: { readonly detection: Detection }) {
  const [ymin, xmin, ymax, xmax] = d.box;
  const colour = css(classColour(d.classIndex));
  return (
    <div
      aria-hidden
      data-testid="box"
      className="pointer-events-none absolute rounded-sm border-2"
      style={{
        top: `${ymin * 100}%`,
        left: `${xmin * 100}%`,
        height: `${(ymax - ymin) * 100}%`,
        width: `${(xmax - xmin) * 100}%`,
        borderColor: colour,
      }}
    >
      <span
        className="absolute top-0 left-0 max-w-full truncate px-1 text-xs font-semibold text-white"
        style={{ backgroundColor: colour, textShadow: "0 0 2px #000" }}
      >
        {d.label} {(d.score * 100).toFixed(0)} %
      </span>
    </div>
  );
}

function MaskCanvas({
  segmentation: s,
  opacity,
}: {
  readonly segmentation: Segmentation;
  readonly opacity: number;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    canvas.width = s.width;
    canvas.height = s.height;
    ctx.putImageData(new ImageData(new Uint8ClampedArray(s.rgba), s.width, s.height), 0, 0);
  }, [s]);
  return (
    <canvas
      ref={ref}
      aria-hidden
      data-testid="mask"
      className="pointer-events-none absolute inset-0 h-full w-full"
      style={{ opacity }}
    />
  );
}
