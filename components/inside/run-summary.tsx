"use client";

import { memo } from "react";
import { CropPreview } from "@/components/classify/crop-preview";
import { labelFor } from "@/components/classify/labels";
import type { InsideRunResult, InsideSession } from "@/lib/inside/inside-protocol";

/** The photo's one exposed run: the crop, top-5, its time and any backend fallback. Memoized per run. */
export const RunSummary = memo(function RunSummary({
  result,
  imageName,
  runId,
  session,
  modelTitle,
}: {
  readonly result: InsideRunResult;
  readonly imageName: string;
  readonly runId: number;
  readonly session: InsideSession;
  readonly modelTitle: string;
}) {
  return (
    <>
      <div className="w-40">
        <CropPreview rgba={result.crop} size={result.cropSize} />
      </div>
      <div className="min-w-[14rem] flex-1 space-y-2 text-sm">
        <h2 id="result-heading" className="text-lg font-semibold">
          {imageName}: {labelFor(result.top5[0]?.index ?? -1)}
        </h2>
        <p
          data-testid="run-summary"
          data-run-ms={result.runMs.toFixed(1)}
          data-run-id={runId}
          data-backend={result.backend}
        >
          One run of {modelTitle} on {result.backend === "webgpu" ? "WebGPU" : "WASM"} with all{" "}
          {session.layers.length} layers&apos; outputs exposed:{" "}
          <span className="font-mono">{result.runMs.toFixed(0)} ms</span>; top-5:{" "}
          {result.top5
            .map((p) => `${labelFor(p.index)} ${(p.probability * 100).toFixed(1)} %`)
            .join(", ")}
          .
        </p>
        <p
          className="text-xs text-slate-500 dark:text-slate-400"
          data-testid="worker-memory"
          data-exposed-bytes={result.memory.exposedBytes}
          data-kept-bytes={result.memory.keptBytes}
          data-run-number={result.runNumber}
        >
          The worker keeps {megabytes(result.memory.keptBytes)} of this run (the layer selected when
          it ran in full, every other layer as 8-bit thumbnails) instead of all{" "}
          {megabytes(result.memory.exposedBytes)} of exposed tensors.
        </p>
        {session.fallback && (
          <p
            role="status"
            data-testid="fallback"
            className="rounded bg-sky-50 p-2 text-sky-950 dark:bg-sky-950/40 dark:text-sky-100"
          >
            {session.fallback}
          </p>
        )}
      </div>
    </>
  );
});

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
