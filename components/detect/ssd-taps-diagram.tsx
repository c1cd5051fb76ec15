import type { FeatureTap } from "@/lib/detect/cost-split";

/**
 * Which layers SSD predicts from: two maps of the MobileNet backbone, then four extra layers, each a
 * square drawn to scale of its grid (19×19 … 1×1), with its channels and anchors per cell.
 */
export function SsdTapsDiagram({ taps }: { readonly taps: readonly FeatureTap[] }) {
  const largest = Math.max(...taps.map((t) => t.size), 1);
  const total = taps.reduce((a, t) => a + t.size * t.size * t.anchorsPerCell, 0);
  return (
    <figure>
      <ol className="flex flex-wrap items-end gap-3" aria-label="Feature maps SSD predicts from">
        {taps.map((t) => {
          const side = 24 + (96 * t.size) / largest;
          return (
            <li
              key={t.source}
              className="flex flex-col items-center text-center text-xs"
              data-size={t.size}
            >
              <div
                aria-hidden
                className={`grid rounded-sm border ${t.inBackbone ? "border-slate-700 bg-slate-700/15 dark:border-slate-300 dark:bg-slate-300/15" : "border-dashed border-slate-400 dark:border-slate-500"}`}
                style={{
                  width: side,
                  height: side,
                  backgroundImage:
                    t.size > 1
                      ? `linear-gradient(to right, currentColor 1px, transparent 1px), linear-gradient(to bottom, currentColor 1px, transparent 1px)`
                      : undefined,
                  backgroundSize: `${side / t.size}px ${side / t.size}px`,
                  color: "rgb(148 163 184 / 0.35)",
                }}
              />
              <span className="mt-1 font-mono font-semibold tabular-nums">
                {t.size}×{t.size}
              </span>
              <span className="text-slate-600 dark:text-slate-400">
                {t.inBackbone ? "backbone" : "extra"}: {t.layer}
              </span>
              <span className="font-mono text-slate-600 tabular-nums dark:text-slate-400">
                {t.channels} ch · {t.anchorsPerCell} anchors/cell
              </span>
            </li>
          );
        })}
      </ol>
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {taps.map((t) => `${t.size}×${t.size}×${t.anchorsPerCell}`).join(" + ")} = {total} anchors.
        Solid: maps taken from the MobileNet backbone; dashed: the extra layers SSD adds after it.
      </figcaption>
    </figure>
  );
}
