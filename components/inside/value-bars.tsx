import { formatStat } from "./format-stat";

const W = 320;
const H = 110;
const PAD = { t: 8, b: 18 };

/**
 * Every bar as one rectangle sub-path of two path strings (plain and highlighted): a 1280-input FC
 * row is two SVG elements, not 1280, so opening a wide layer costs the page little.
 */
function barPaths(
  xs: readonly number[],
  y: (v: number) => number,
  highlight: ReadonlySet<number>,
): { readonly plain: string; readonly marked: string } {
  const bw = W / Math.max(1, xs.length);
  const width = Math.max(0.4, bw * 0.85).toFixed(2);
  const plain: string[] = [];
  const marked: string[] = [];
  xs.forEach((v, i) => {
    const a = y(Math.max(0, v));
    const h = Math.max(0.5, y(Math.min(0, v)) - a);
    (highlight.has(i) ? marked : plain).push(
      `M${(i * bw).toFixed(2)},${a.toFixed(2)}h${width}v${h.toFixed(2)}h-${width}z`,
    );
  });
  return { plain: plain.join(""), marked: marked.join("") };
}

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
  const { plain, marked } = barPaths(xs, y, new Set(highlight));
  return (
    <figure data-testid={testId} data-bars={xs.length}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full max-w-md"
        role="img"
        aria-label={label}
      >
        <path d={plain} fill={color} />
        <path d={marked} className="fill-slate-900 dark:fill-white" />
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
