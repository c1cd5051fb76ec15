"use client";

import type { EmbeddingMap } from "@/lib/teach/embedding-map";

const S = 260;
const PAD = 12;

/** The embeddings' first two principal components, one dot per photo in its class colour. */
export function PcaMap({
  map,
  labels,
  colours,
  names,
}: {
  readonly map: EmbeddingMap;
  readonly labels: readonly number[];
  readonly colours: readonly string[];
  readonly names: readonly string[];
}) {
  const all = map.marker ? [...map.points, map.marker] : map.points;
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (x: number) => PAD + ((S - 2 * PAD) * (x - x0)) / (x1 - x0 || 1);
  const sy = (y: number) => S - PAD - ((S - 2 * PAD) * (y - y0)) / (y1 - y0 || 1);
  return (
    <figure>
      <svg
        viewBox={`0 0 ${S} ${S}`}
        role="img"
        aria-label="The photos' embeddings on their first two principal components"
        className="w-full max-w-xs rounded-lg border border-slate-200 dark:border-slate-800"
      >
        {map.points.map((p, i) => (
          <circle
            key={i}
            cx={sx(p[0])}
            cy={sy(p[1])}
            r={4}
            fill={colours[labels[i] ?? 0]}
            fillOpacity={0.8}
          />
        ))}
        {map.marker && (
          <g data-testid="pca-marker">
            <circle
              cx={sx(map.marker[0])}
              cy={sy(map.marker[1])}
              r={8}
              fill="none"
              strokeWidth={2.5}
              className="stroke-slate-900 dark:stroke-white"
            />
            <text
              // On the right half the label goes left of the ring, so it never leaves the plot.
              x={sx(map.marker[0]) + (sx(map.marker[0]) > S / 2 ? -10 : 10)}
              y={sy(map.marker[1]) + 4}
              textAnchor={sx(map.marker[0]) > S / 2 ? "end" : "start"}
              className="fill-slate-900 text-[10px] dark:fill-white"
            >
              this photo
            </text>
          </g>
        )}
      </svg>
      <figcaption
        className="mt-1 text-xs text-slate-600 dark:text-slate-400"
        data-testid="pca-caption"
      >
        Axis 1 explains {(map.explained[0] * 100).toFixed(0)} % of the variance between these
        embeddings, axis 2 {(map.explained[1] * 100).toFixed(0)} %.{" "}
        {names.map((n, i) => (
          <span key={i} className="mr-2 whitespace-nowrap">
            <span aria-hidden style={{ color: colours[i] }}>
              ●
            </span>{" "}
            {n}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
