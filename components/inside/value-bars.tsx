import { formatStat } from "./format-stat";

const W = 320;
const H = 110;
const PAD = { t: 8, b: 18 };

/**
 * One bar per channel (index on x, value on y, 0 as the baseline): the 1×1 weights of a pointwise
 * output over its inputs, or a squeeze-and-excite layer's per-channel gates. Highlighted channels are
 * drawn in ink, the rest in the layer's kind colour.
 */
export function ValueBars({
  values,
  color,
  label,
  highlight = [],
  domain,
  testId,
}: {
  readonly values: ArrayLike<number>;
  readonly color: string;
  readonly label: string;
  readonly highlight?: readonly number[];
  /** Fixed y range (e.g. [0, 1] for gates); default: the values' own range including 0. */
  readonly domain?: readonly [number, number];
  readonly testId?: string;
}) {
  const xs = Array.from(values);
  const lo = domain?.[0] ?? Math.min(0, ...xs);
  const hi = domain?.[1] ?? Math.max(0, ...xs);
  const y = (v: number) => PAD.t + ((hi - v) / (hi - lo || 1)) * (H - PAD.t - PAD.b);
  const bw = W / Math.max(1, xs.length);
  const marked = new Set(highlight);
  return (
    <figure data-testid={testId}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full max-w-md"
        role="img"
        aria-label={label}
      >
        {xs.map((v, i) => {
          const a = y(Math.max(0, v));
          const b = y(Math.min(0, v));
          return (
            <rect
              key={i}
              x={i * bw}
              y={a}
              width={Math.max(0.4, bw * 0.85)}
              height={Math.max(0.5, b - a)}
              fill={marked.has(i) ? undefined : color}
              className={marked.has(i) ? "fill-slate-900 dark:fill-white" : undefined}
            />
          );
        })}
        <line x1={0} x2={W} y1={y(0)} y2={y(0)} className="stroke-slate-400" />
        <text x={0} y={H - 4} className="fill-slate-600 text-[10px] dark:fill-slate-400">
          0
        </text>
        <text
          x={W}
          y={H - 4}
          textAnchor="end"
          className="fill-slate-600 text-[10px] dark:fill-slate-400"
        >
          {xs.length - 1}
        </text>
        <text
          x={W}
          y={PAD.t + 8}
          textAnchor="end"
          className="fill-slate-600 text-[10px] dark:fill-slate-400"
        >
          {formatStat(hi)}
        </text>
        {lo < 0 && (
          <text
            x={W}
            y={H - PAD.b - 2}
            textAnchor="end"
            className="fill-slate-600 text-[10px] dark:fill-slate-400"
          >
            {formatStat(lo)}
          </text>
        )}
      </svg>
      <figcaption className="text-xs text-slate-500 dark:text-slate-400">{label}</figcaption>
    </figure>
  );
}
