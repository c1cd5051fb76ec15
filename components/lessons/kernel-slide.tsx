"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useReducedMotion } from "@/components/hooks/use-reduced-motion";
import type { Grid } from "@/lib/lessons/kernel-slide";
import {
  convolve,
  EDGE_KERNEL,
  kernelAt,
  positions,
  shrinkToGrid,
  toGrey,
  windowAt,
} from "@/lib/lessons/kernel-slide";
import { mostlyVisible, VISIBILITY_THRESHOLDS } from "@/lib/viz/autoplay-visibility";

/** A CC0 photo from the open samples (Stefan van der Walt's cat), its centre shrunk to GRID × GRID cells. */
const PHOTO = "/samples/open/chelsea-cat.jpg";
const GRID = 28;
const CELL = 9;
const STEP_MS = 45;

/** Grey of a value in [0, 1] for the input, or of an output centred on mid-grey. */
const shade = (v: number) => {
  const g = Math.round(255 * Math.min(1, Math.max(0, v)));
  return `rgb(${g},${g},${g})`;
};
const outputShade = (v: number) => shade(0.5 + v / 6);

function draw(
  canvas: HTMLCanvasElement | null,
  grid: Grid,
  upTo: number,
  colour: (v: number) => string,
  box: { row: number; col: number; span: number } | null,
) {
  const ctx = canvas?.getContext("2d");
  if (!canvas || !ctx) return;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  for (let i = 0; i < grid.size * grid.size; i++) {
    if (i > upTo) break;
    ctx.fillStyle = colour(grid.values[i] ?? 0);
    ctx.fillRect((i % grid.size) * CELL, Math.floor(i / grid.size) * CELL, CELL - 1, CELL - 1);
  }
  if (box) {
    ctx.strokeStyle = "#f59e0b";
    ctx.lineWidth = 3;
    ctx.strokeRect(
      box.col * CELL - 1,
      box.row * CELL - 1,
      box.span * CELL + 1,
      box.span * CELL + 1,
    );
  }
}

/**
 * Lesson 2's first picture: a real photo shrunk to 28×28 grey cells, a 3×3 kernel sliding over it
 * one cell at a time, and the output map filling in, one value (9 multiply-adds) per position. Plays
 * when most of it is on screen (never under reduced motion); the slider moves the kernel by hand.
 */
export function KernelSlide() {
  const id = useId();
  const reducedMotion = useReducedMotion();
  const [grid, setGrid] = useState<Grid | null>(null);
  const [failed, setFailed] = useState(false);
  // Until it plays (or under reduced motion) the whole output is shown, the kernel at its last place.
  const [pos, setPos] = useState(positions(GRID) - 1);
  const started = useRef(false);
  const [playing, setPlaying] = useState(false);
  const handled = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLCanvasElement>(null);
  const output = useRef<HTMLCanvasElement>(null);
  const out = useMemo(() => (grid ? convolve(grid) : null), [grid]);
  const count = positions(GRID);

  useEffect(() => {
    const img = new Image();
    img.onload = () => {
      const c = document.createElement("canvas");
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext("2d");
      if (!ctx) return setFailed(true);
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      setGrid(shrinkToGrid(toGrey(data, c.width, c.height), c.width, c.height, GRID));
    };
    img.onerror = () => setFailed(true);
    img.src = PHOTO;
  }, []);

  // Start when most of the figure is seen; pause when it leaves. Not once the reader took over.
  useEffect(() => {
    const el = root.current;
    if (!el || reducedMotion) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const e = entries[entries.length - 1];
        if (!e || handled.current) return;
        const viewport = e.rootBounds?.height ?? window.innerHeight;
        const seen = mostlyVisible(
          e.intersectionRect.height,
          e.boundingClientRect.height,
          viewport,
        );
        // The first time it is seen, the sweep starts over from the top-left corner.
        if (seen && !started.current) setPos(0);
        started.current ||= seen;
        setPlaying(seen);
      },
      { threshold: [...VISIBILITY_THRESHOLDS] },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [reducedMotion]);

  useEffect(() => {
    if (!playing || !grid) return;
    const timer = setTimeout(() => setPos((p) => (p + 1) % count), STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, grid, pos, count]);

  const at = windowAt(pos, GRID);
  useEffect(() => {
    if (!grid || !out) return;
    draw(input.current, grid, grid.size * grid.size, shade, { ...at, span: 3 });
    draw(output.current, out, pos, outputShade, { ...at, span: 1 });
  }, [grid, out, pos, at]);

  if (failed)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        The sample photo could not be loaded.
      </p>
    );
  const { products, sum } = grid
    ? kernelAt(grid, pos)
    : { products: EDGE_KERNEL.map(() => 0), sum: 0 };
  return (
    <div ref={root} data-testid="kernel-slide" data-position={pos}>
      <div className="flex flex-wrap items-start gap-6">
        <div>
          <p className="mb-1 text-sm font-medium">The photo</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a small static sample, shown as is */}
          <img
            src={PHOTO}
            alt="The tabby cat photo the grid is made from"
            width={120}
            height={80}
            className="rounded border border-slate-300 dark:border-slate-700"
          />
        </div>
        <div>
          <p className="mb-1 text-sm font-medium">
            Input: the photo&apos;s centre as 28×28 grey cells
          </p>
          <canvas
            ref={input}
            width={GRID * CELL}
            height={GRID * CELL}
            role="img"
            aria-label="A photo of a cat shrunk to 28 by 28 grey cells, with the 3 by 3 kernel's window outlined"
            className="rounded border border-slate-300 dark:border-slate-700"
          />
        </div>
        <div>
          <p className="mb-1 text-sm font-medium">Kernel (vertical edges)</p>
          <table className="border-collapse font-mono text-sm tabular-nums">
            <tbody>
              {[0, 1, 2].map((r) => (
                <tr key={r}>
                  {[0, 1, 2].map((c) => (
                    <td
                      key={c}
                      className="h-9 w-16 border border-slate-300 text-center dark:border-slate-700"
                    >
                      <span className="block">{EDGE_KERNEL[r * 3 + c]}</span>
                      <span className="block text-xs text-slate-500 dark:text-slate-400">
                        {(products[r * 3 + c] ?? 0).toFixed(2)}
                      </span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 max-w-56 text-sm" aria-live="off">
            9 multiply-adds: weight × cell, summed ={" "}
            <strong className="font-mono tabular-nums">{sum.toFixed(2)}</strong>
          </p>
        </div>
        <div>
          <p className="mb-1 text-sm font-medium">Output: 26×26, one value per position</p>
          <canvas
            ref={output}
            width={(GRID - 2) * CELL}
            height={(GRID - 2) * CELL}
            role="img"
            aria-label="The output map filling in: bright where the photo gets brighter from left to right, dark where it gets darker"
            className="rounded border border-slate-300 dark:border-slate-700"
          />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => {
            handled.current = true;
            setPlaying((p) => !p);
          }}
          className="inline-flex h-9 w-20 items-center justify-center rounded-md border border-slate-300 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {playing ? "Pause" : "Play"}
        </button>
        <label htmlFor={id} className="text-sm font-medium">
          Kernel position
        </label>
        <input
          id={id}
          type="range"
          min={0}
          max={count - 1}
          value={pos}
          aria-valuetext={`row ${at.row + 1}, column ${at.col + 1}: output ${sum.toFixed(2)}`}
          onChange={(e) => {
            handled.current = true;
            setPlaying(false);
            setPos(Number(e.currentTarget.value));
          }}
          className="min-w-40 flex-1 accent-slate-900 dark:accent-slate-100"
        />
      </div>
    </div>
  );
}
