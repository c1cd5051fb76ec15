import type { ReactNode } from "react";

/**
 * Wraps the last result. While a newer run is on its way the old predictions are dimmed and labelled
 * as the previous answer, so nobody reads them as the new photo's or the new model's.
 */
export function StaleResult({
  stale,
  imageName,
  modelName,
  children,
}: {
  readonly stale: boolean;
  readonly imageName: string;
  /** "MobileNetV2 1.0-224". */
  readonly modelName: string;
  readonly children: ReactNode;
}) {
  return (
    <div data-testid="result-wrap" data-stale={stale} aria-busy={stale}>
      {stale && (
        <p
          className="mb-2 rounded-md border border-dashed border-slate-400 px-2 py-1 text-xs text-slate-700 dark:border-slate-500 dark:text-slate-300"
          data-testid="stale-note"
        >
          Previous result ({imageName}, {modelName}), kept until the new one arrives.
        </p>
      )}
      <div className={stale ? "opacity-40 grayscale transition-opacity" : "transition-opacity"}>
        {children}
      </div>
    </div>
  );
}
