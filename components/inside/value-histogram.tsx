import type { Histogram } from "@/lib/inside/tensor-stats";
import { formatStat } from "./format-stat";

const W = 320;
const H = 120;
const PAD = { l: 6, r: 6, t: 8, b: 22 };

/**
 * A histogram of one tensor's values (bar height ∝ √count, so a ReLU layer's spike of zeros does not
 * flatten the rest), with 0 marked, optional marks such as ReLU6's [0, 6] and an optional curve drawn
 * over the same x axis (the h-swish curve under the pre-activation histogram).
 */
export function ValueHistogram({
  histogram,
  color,
  label,
  marks = [],
  curve,
  testId,
}: {
  readonly histogram: Histogram;
  readonly color: string;
  readonly label: string;
  readonly marks?: readonly number[];
  readonly curve?: { readonly fn: (x: number) => number; readonly label: string };
  readonly testId?: string;
}) {
  const { lo, hi, counts } = histogram;
  const x = (v: number) => PAD.l + ((v - lo) / (hi - lo)) * (W - PAD.l - PAD.r);
  const top = Math.sqrt(Math.max(1, ...counts));
  const barW = (W - PAD.l - PAD.r) / counts.length;
  const base = H - PAD.b;
  const ticks = [
    lo,
    ...(lo < 0 && hi > 0 ? [0] : []),
    ...marks.filter((m) => m > lo && m < hi),
    hi,
  ];
  const curvePath = curve ? curveD(curve.fn, lo, hi, x, base) : null;
  return (
    <figure data-testid={testId}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full max-w-md"
        role="img"
        aria-label={label}
      >
        {counts.map((c, i) => {
          const h = (Math.sqrt(c) / top) * (base - PAD.t);
          return (
            <rect
              key={i}
              x={PAD.l + i * barW}
              y={base - h}
              width={Math.max(0.5, barW - 0.5)}
              height={h}
              fill={color}
            />
          );
        })}
        {curvePath && (
          <path
            d={curvePath}
            fill="none"
            strokeWidth={1.8}
            className="stroke-slate-800 dark:stroke-slate-100"
          />
        )}
        <line x1={PAD.l} x2={W - PAD.r} y1={base} y2={base} className="stroke-slate-400" />
        {ticks.map((t, i) => (
          <g key={`${t}-${i}`}>
            <line
              x1={x(t)}
              x2={x(t)}
              y1={PAD.t}
              y2={base + 3}
              strokeDasharray={t === 0 || marks.includes(t) ? "3 2" : undefined}
              className="stroke-slate-400 dark:stroke-slate-500"
            />
            <text
              x={x(t)}
              y={H - 6}
              textAnchor={i === 0 ? "start" : i === ticks.length - 1 ? "end" : "middle"}
              className="fill-slate-600 text-[10px] dark:fill-slate-400"
            >
              {formatStat(t)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="text-xs text-slate-500 dark:text-slate-400">
        {label}
        {curve ? ` The line is ${curve.label}, scaled to the plot's height.` : ""}
      </figcaption>
    </figure>
  );
}

/** The curve sampled across [lo, hi], its y scaled so its range on that interval fills the plot. */
function curveD(
  fn: (x: number) => number,
  lo: number,
  hi: number,
  x: (v: number) => number,
  base: number,
): string {
  const n = 80;
  const pts = Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n).map(
    (v) => [v, fn(v)] as const,
  );
  const ys = pts.map((p) => p[1]);
  const yLo = Math.min(...ys);
  const yHi = Math.max(...ys);
  const y = (v: number) => base - ((v - yLo) / (yHi - yLo || 1)) * (base - PAD.t);
  return pts.map(([a, b], i) => `${i ? "L" : "M"}${x(a).toFixed(1)},${y(b).toFixed(1)}`).join("");
}
