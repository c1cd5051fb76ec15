import type { ReactNode } from "react";
import type { ShrinkSquare } from "@/lib/viz/shrink-square";
import { areaSquare, shrinkSquare } from "@/lib/viz/shrink-square";
import { opColorVar } from "@/lib/viz/theme";

const SIDE = 72;

/** One picture: the full-size rectangle dashed, the scaled one filled from the same corner. */
function ShrinkSvg({
  geometry,
  fill,
  outline = false,
  cells,
  label,
}: {
  readonly geometry: ShrinkSquare;
  /** A CSS colour (an operation's, for a weight matrix) or null for neutral ink. */
  readonly fill: string | null;
  /** Draw the scaled rectangle as a solid outline over a light fill (measured values). */
  readonly outline?: boolean;
  /** Cells drawn in the reference (weights of a matrix, pixels of a map), so it reads as a grid. */
  readonly cells?: number;
  readonly label: string;
}) {
  const { box, reference: r, scaled: s } = geometry;
  const step = cells ? r.width / cells : 0;
  const ticks = cells ? Array.from({ length: cells - 1 }, (_, i) => (i + 1) * step) : [];
  return (
    <svg width={box} height={box} role="img" aria-label={label} className="mx-auto block">
      {ticks.map((t) => (
        <g key={t} className="stroke-slate-200 dark:stroke-slate-700" strokeWidth={1}>
          <line x1={r.x + t} x2={r.x + t} y1={r.y} y2={r.y + r.height} />
          <line x1={r.x} x2={r.x + r.width} y1={r.y + t} y2={r.y + t} />
        </g>
      ))}
      <rect {...r} className="fill-none stroke-slate-400" strokeDasharray="3 3" />
      <rect
        {...s}
        fill={fill ?? undefined}
        fillOpacity={fill ? 0.35 : undefined}
        stroke={fill ?? undefined}
        strokeWidth={outline ? 2 : 1}
        className={
          fill
            ? undefined
            : outline
              ? "fill-slate-300/60 stroke-slate-800 dark:fill-slate-600/60 dark:stroke-slate-200"
              : "fill-slate-400/40 stroke-slate-500 dark:fill-slate-500/40 dark:stroke-slate-400"
        }
      />
    </svg>
  );
}

function Picture({
  geometry,
  fill = null,
  outline,
  cells,
  title,
  label,
  value,
  testId,
}: {
  readonly geometry: ShrinkSquare;
  readonly fill?: string | null;
  readonly outline?: boolean;
  readonly cells?: number;
  readonly title: ReactNode;
  /** The title in plain words, for the picture's accessible name. */
  readonly label: string;
  readonly value: string;
  readonly testId?: string;
}) {
  return (
    <figure className="w-28 text-center text-sm">
      <ShrinkSvg
        geometry={geometry}
        fill={fill}
        outline={outline}
        cells={cells}
        label={`${label}: ${value}`}
      />
      <figcaption className="mt-1 leading-snug">
        <span className="block text-xs text-slate-600 dark:text-slate-400">{title}</span>
        <span className="font-mono tabular-nums" data-testid={testId}>
          {value}
        </span>
      </figcaption>
    </figure>
  );
}

function Group({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <div>
      <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {title}
      </p>
      <div className="mt-2 flex items-end gap-2">{children}</div>
    </div>
  );
}

/** A rule's prediction of a share of 1.0-224 beside the share the engine counts. */
function PredictionGroup({
  counting,
  rule,
  predicted,
  counted,
  testIds,
}: {
  /** What is shared out: "MACs" or "Params". */
  readonly counting: string;
  /** The scaling rule, e.g. "α²ρ²". */
  readonly rule: string;
  readonly predicted: number;
  readonly counted: number;
  readonly testIds: readonly [predicted: string, counted: string];
}) {
  return (
    <Group title={`${counting} ÷ 1.0-224`}>
      <Picture
        geometry={areaSquare(predicted, SIDE)}
        title={`${rule} predicts`}
        label={`${counting} predicted by ${rule}`}
        value={predicted.toFixed(3)}
        testId={testIds[0]}
      />
      <Picture
        geometry={areaSquare(counted, SIDE)}
        outline
        title="engine counts"
        label={`${counting} share counted by the engine`}
        value={counted.toFixed(3)}
        testId={testIds[1]}
      />
    </Group>
  );
}

/**
 * Lesson 3's pictures. What shrinks: a pointwise weight matrix keeps αM rows of αN columns (area α²),
 * a feature map keeps ρD_F × ρD_F pixels (area ρ²). What it costs: the α²ρ² and α² predictions beside
 * the engine's measured shares of the 1.0-224 model.
 */
export function ShrinkPictures({
  alpha,
  rho,
  macsShare,
  paramsShare,
}: {
  readonly alpha: number;
  readonly rho: number;
  /** The engine's MACs ÷ MACs of 1.0-224. */
  readonly macsShare: number;
  readonly paramsShare: number;
}) {
  const predictedMacs = alpha * alpha * rho * rho;
  const predictedParams = alpha * alpha;
  return (
    <div className="flex flex-wrap gap-x-10 gap-y-5" data-testid="shrink-pictures">
      <Group title="What shrinks">
        <Picture
          geometry={shrinkSquare(alpha, alpha, SIDE)}
          fill={opColorVar("pointwise")}
          cells={8}
          title={
            <>
              1×1 weights
              <br />
              <i>αM</i> × <i>αN</i>
            </>
          }
          label="Pointwise weight matrix, αM by αN"
          value={`α² = ${predictedParams.toFixed(3)}`}
          testId="lab-weights"
        />
        <Picture
          geometry={shrinkSquare(rho, rho, SIDE)}
          cells={8}
          title={
            <>
              feature map
              <br />
              <i>ρD</i>
              <sub>F</sub> × <i>ρD</i>
              <sub>F</sub>
            </>
          }
          label="Feature map, ρD_F by ρD_F"
          value={`ρ² = ${(rho * rho).toFixed(3)}`}
          testId="lab-map"
        />
      </Group>
      <PredictionGroup
        counting="MACs"
        rule="α²ρ²"
        predicted={predictedMacs}
        counted={macsShare}
        testIds={["lab-a2r2", "lab-macs-measured"]}
      />
      <PredictionGroup
        counting="Params"
        rule="α²"
        predicted={predictedParams}
        counted={paramsShare}
        testIds={["lab-a2", "lab-params-measured"]}
      />
    </div>
  );
}
