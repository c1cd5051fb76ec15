"use client";

import { useState } from "react";
import { MODEL_TITLES } from "@/lib/arch/models";
import { formatCount } from "@/lib/cost/format";
import type { Measurement } from "@/lib/lab/measurement";
import { achievedGflops, formatGflops } from "@/lib/lab/measurement";
import { OpSplitBar } from "./op-split-bar";

export interface ResultsTableProps {
  readonly rows: readonly Measurement[];
  readonly onDownloadOnnx: (row: Measurement) => Promise<void>;
}

const th = "px-2 py-2 font-semibold whitespace-nowrap";
const num = "px-2 py-1.5 text-right font-mono tabular-nums whitespace-nowrap";

function DownloadButton({
  row,
  onDownload,
}: {
  row: Measurement;
  onDownload: (row: Measurement) => Promise<void>;
}) {
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  const label = `Download ${MODEL_TITLES[row.model]} α ${row.alpha} ${row.resolution} px as .onnx (${(row.graphBytes / 1e6).toFixed(1)} MB, random weights)`;
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      disabled={state === "busy"}
      onClick={() => {
        setState("busy");
        onDownload(row).then(
          () => setState("idle"),
          () => setState("failed"),
        );
      }}
      className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:border-slate-500 disabled:opacity-50 dark:border-slate-600"
    >
      {state === "busy" ? "building…" : state === "failed" ? "failed, retry" : ".onnx"}
    </button>
  );
}

/** The measured points: one row per model × α × resolution × backend. */
export function ResultsTable({ rows, onDownloadOnnx }: ResultsTableProps) {
  return (
    <div className="overflow-x-auto rounded border border-slate-200 dark:border-slate-800">
      <table className="w-full text-left text-sm" data-testid="lab-table">
        <caption className="sr-only">
          Measured latency per model, width, resolution and backend
        </caption>
        <thead className="bg-slate-50 text-xs text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          <tr>
            <th scope="col" className={th}>
              Model
            </th>
            <th scope="col" className={`${th} text-right`}>
              α
            </th>
            <th scope="col" className={`${th} text-right`}>
              Input (px)
            </th>
            <th scope="col" className={th}>
              Backend
            </th>
            <th scope="col" className={`${th} text-right`}>
              Median (ms)
            </th>
            <th scope="col" className={`${th} text-right`}>
              <abbr title="2 × MACs / median time">GFLOP/s</abbr>
            </th>
            <th scope="col" className={`${th} text-right`}>
              MACs
            </th>
            <th scope="col" className={`${th} text-right`}>
              Params
            </th>
            <th scope="col" className={th}>
              Time split
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">Download</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.key}
              className="border-t border-slate-200 dark:border-slate-800"
              data-testid="lab-row"
            >
              <th scope="row" className="px-2 py-1.5 font-medium whitespace-nowrap">
                {MODEL_TITLES[r.model]}
              </th>
              <td className={num}>{r.alpha}</td>
              <td className={num}>{r.resolution}</td>
              <td className="px-2 py-1.5 whitespace-nowrap">
                {r.backend === "wasm" ? "WASM" : "WebGPU"}
                {r.softwareAdapter && (
                  <span
                    className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900 dark:bg-amber-900/40 dark:text-amber-200"
                    title={r.device}
                  >
                    software adapter
                  </span>
                )}
              </td>
              <td
                className={num}
                title={`first run ${r.firstRunMs.toFixed(1)} ms; runs ${r.runsMs.map((t) => t.toFixed(1)).join(", ")} ms`}
              >
                {r.medianMs < 10 ? r.medianMs.toFixed(2) : r.medianMs.toFixed(1)}
              </td>
              <td className={num}>{formatGflops(achievedGflops(r.macs, r.medianMs))}</td>
              <td className={num}>{formatCount(r.macs)}</td>
              <td className={num}>{formatCount(r.params)}</td>
              <td className="px-2 py-1.5">
                {r.opSplit ? (
                  <OpSplitBar split={r.opSplit} />
                ) : (
                  <span className="text-xs text-slate-500 dark:text-slate-400">
                    {r.backend === "webgpu" ? "not available" : "not profiled"}
                  </span>
                )}
              </td>
              <td className="px-2 py-1.5">
                <DownloadButton row={r} onDownload={onDownloadOnnx} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
