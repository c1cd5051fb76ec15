"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import type { LabGrid } from "@/lib/lab/lab-grid";
import {
  WIDTH_MULTIPLIER_GRID,
  expandGrid,
  parseLabGrid,
  serializeLabGrid,
} from "@/lib/lab/lab-grid";
import type { Measurement } from "@/lib/lab/measurement";
import { labLessons } from "@/lib/lab/lab-lesson";
import { measurementsToCsv } from "@/lib/lab/measurement-csv";
import { GridControls } from "./grid-controls";
import { LatencyChart } from "./latency-chart";
import { OpSplitLegend } from "./op-split-bar";
import { ResultsTable } from "./results-table";
import { saveFile } from "@/components/ui/save-file";
import { progressText, useLabRunner } from "./use-lab-runner";

const button =
  "rounded-md px-4 py-2 text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-50 focus-visible:outline-2";

/** What the measured points teach, computed from them (lib/lab/lab-lesson): MACs saved vs time saved. */
function Takeaway({ rows }: { readonly rows: readonly Measurement[] }) {
  const lessons = labLessons(rows);
  if (!lessons.length) return null;
  return (
    <ul
      className="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300"
      data-testid="lab-takeaway"
    >
      {lessons.map((l) => (
        <li key={l.backend}>
          {lessons.length > 1 && <>{l.backend === "wasm" ? "WASM" : "WebGPU"}: </>}
          <strong>{l.sentence}</strong> {l.because}
          {l.caution && (
            <span className="block text-amber-800 dark:text-amber-300">{l.caution}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The latency lab: pick a grid, build and time each graph in a worker, plot and tabulate the results. */
export function LabExplorer() {
  const params = useSearchParams();
  // The URL seeds the grid once; afterwards the grid is local state mirrored into the URL (shareable links).
  const [grid, setGrid] = useState<LabGrid>(() => parseLabGrid(params));
  const [profile, setProfile] = useState(true);
  const { client, run, measurements, start, stop, clear, exportOnnx } = useLabRunner();
  const running = run.status === "running";
  const env = client.status === "ready" ? client.env : null;
  const points = expandGrid(grid).length;

  useEffect(() => {
    window.history.replaceState(null, "", `?${serializeLabGrid(grid)}`);
  }, [grid]);

  const downloadOnnx = useCallback(
    async (m: Measurement) => {
      const { bytes, fileName } = await exportOnnx(m);
      saveFile(bytes, fileName, "application/octet-stream");
    },
    [exportOnnx],
  );

  return (
    <div className="space-y-6">
      <section
        aria-labelledby="grid-heading"
        className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      >
        <h2 id="grid-heading" className="mb-3 text-lg font-semibold">
          What to measure
        </h2>
        <GridControls
          grid={grid}
          onChange={setGrid}
          profile={profile}
          onProfileChange={setProfile}
          env={env}
          disabled={running}
        />
        <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
          <button
            type="button"
            onClick={() => setGrid(WIDTH_MULTIPLIER_GRID)}
            disabled={running}
            data-testid="width-preset"
            className="font-medium text-blue-700 underline disabled:opacity-50 dark:text-blue-300"
          >
            Set the grid to V1 α 1.0 vs 0.75 at 224 px
          </button>
          : the V1 paper&apos;s width multiplier. These two widths also exist as real pretrained
          networks: compare them on your photo on{" "}
          <Link href="/classify" className="underline">
            /classify
          </Link>{" "}
          (compare mode) and layer by layer on{" "}
          <Link
            href="/inside?model=mobilenet-v1-1.0-224&layer=block2/pointwise"
            className="underline"
          >
            /inside
          </Link>
          .
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={() => void start(grid, profile)}
            disabled={running || client.status !== "ready" || points === 0}
            className={`${button} bg-slate-900 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300`}
          >
            Run {points} point{points === 1 ? "" : "s"}
          </button>
          {running && (
            <button
              type="button"
              onClick={stop}
              disabled={run.stopping}
              className={`${button} border border-slate-400`}
            >
              {run.stopping ? "Stopping after this point…" : "Stop"}
            </button>
          )}
          <button
            type="button"
            onClick={() =>
              saveFile(measurementsToCsv(measurements), "mobilenet-latency.csv", "text/csv")
            }
            disabled={measurements.length === 0}
            className={`${button} border border-slate-400`}
          >
            Download table as CSV
          </button>
          <button
            type="button"
            onClick={clear}
            disabled={running || measurements.length === 0}
            className={`${button} border border-slate-300 text-slate-600 dark:text-slate-400`}
          >
            Clear results
          </button>
        </div>
        <div
          role="status"
          aria-live="polite"
          className="mt-3 min-h-6 text-sm"
          data-testid="lab-status"
        >
          {client.status === "starting" && "Starting the lab worker…"}
          {client.status === "error" && (
            <span className="text-red-700 dark:text-red-300">{client.message}</span>
          )}
          {running && progressText(run)}
          {run.status === "finished" && (
            <>
              {`Done: ${run.measured} point${run.measured === 1 ? "" : "s"} measured.`}
              {run.notice && (
                <span className="block text-amber-800 dark:text-amber-300">{run.notice}</span>
              )}
              {run.failures.map((f) => (
                <span key={f} className="block text-red-700 dark:text-red-300">
                  Failed: {f}
                </span>
              ))}
            </>
          )}
        </div>
      </section>

      <section aria-labelledby="results-heading" className="space-y-4">
        <h2 id="results-heading" className="text-lg font-semibold">
          Measured latency vs multiply-adds
        </h2>
        {measurements.length === 0 ? (
          <p className="rounded border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
            No measurements yet. Press <strong>Run</strong>: each point is built, loaded and timed
            in your browser.
          </p>
        ) : (
          <>
            <LatencyChart rows={measurements} />
            <Takeaway rows={measurements} />
            <ResultsTable rows={measurements} onDownloadOnnx={downloadOnnx} />
            <OpSplitLegend />
          </>
        )}
      </section>
    </div>
  );
}
