import type { ClassifyResult } from "@/lib/inference/protocol";
import { InsideLink } from "@/components/inside/inside-link";
import { findModel, isRemoteOnly } from "@/lib/inference/model-catalog";
import { insideHref } from "@/lib/inside/inside-state";
import { formatMs, formatPercent } from "./format";
import { labelFor } from "./labels";
import { LatencySpread } from "@/components/ui/latency-spread";

/** Top-5 classes with probability bars, and the run's timings. */
export function PredictionList({
  result,
  imageName,
  onOpenInside,
}: {
  readonly result: ClassifyResult;
  readonly imageName: string;
  /** Hands the photo to /inside as its link is followed (same tab, nothing uploaded). */
  readonly onOpenInside?: () => void;
}) {
  const s = result.session;
  const entry = findModel(result.modelId);
  const hasInside = entry !== undefined && !isRemoteOnly(entry);
  return (
    <div
      data-testid="result"
      data-model={result.modelId}
      data-backend={result.backend}
      data-image={imageName}
      data-median-ms={result.medianMs}
      data-first-ms={s.firstInferenceMs}
      data-from-cache={s.fromCache}
    >
      <ol className="space-y-2" aria-label="Top 5 classes">
        {result.top5.map((p, i) => (
          <li
            key={p.index}
            data-testid={i === 0 ? "top1" : undefined}
            data-index={p.index}
            data-probability={p.probability}
          >
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span
                className={i === 0 ? "font-semibold" : ""}
                data-testid={i === 0 ? "top1-label" : undefined}
              >
                {labelFor(p.index)}
              </span>
              <span className="font-mono tabular-nums">{formatPercent(p.probability)}</span>
            </div>
            <div className="mt-1 h-2 rounded-full bg-slate-200 dark:bg-slate-800" aria-hidden>
              <div
                className="h-2 rounded-full bg-(--color-accent) dark:bg-(--color-accent-dark)"
                style={{ width: `${Math.max(0.5, p.probability * 100)}%` }}
              />
            </div>
          </li>
        ))}
      </ol>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500 dark:text-slate-400">Backend used</dt>
        <dd>
          <span data-testid="backend-used">{result.backend === "webgpu" ? "WebGPU" : "WASM"}</span>
          {s.threads !== undefined && (
            <span className="text-slate-500 dark:text-slate-400" data-testid="threads-used">
              {" "}
              on {s.threads} thread{s.threads === 1 ? "" : "s"} (as /model and the lab)
            </span>
          )}
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">First run</dt>
        <dd>
          <span data-testid="first-run-ms">{formatMs(s.firstInferenceMs)}</span>{" "}
          <span className="text-slate-500 dark:text-slate-400">
            (session creation {formatMs(s.sessionCreateMs)} + first run)
          </span>
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Warm median</dt>
        <dd>
          {result.timing === "done" ? (
            <>
              <span data-testid="median-ms">{formatMs(result.medianMs)}</span>
              <LatencySpread runsMs={result.runsMs} warmUp={s.warmUp} />
            </>
          ) : (
            <span className="text-slate-500 dark:text-slate-400" data-testid="timing-note">
              {result.timing === "pending"
                ? "timing… (warming up until run times are steady)"
                : "not timed: a newer request came first"}
            </span>
          )}
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Preprocessing</dt>
        <dd>
          {formatMs(result.preprocessMs)}{" "}
          <span className="text-slate-500 dark:text-slate-400">
            ({result.imageWidth}×{result.imageHeight} px → 224×224, in the worker)
          </span>
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Model file</dt>
        <dd data-testid="model-source">
          {s.fromCache
            ? "from the browser cache (no download)"
            : `downloaded in ${formatMs(s.downloadMs)}`}
          {s.verified ? " · sha256 verified" : " · no published checksum, not verified"}
          {s.modelFormat === "ort" && " · prepared ORT-format graph"}
        </dd>
      </dl>
      {hasInside && (
        <p className="mt-3 text-sm">
          <InsideLink href={insideHref(result.modelId)} onClick={onOpenInside}>
            See this photo inside the model, layer by layer
          </InsideLink>
        </p>
      )}
    </div>
  );
}
