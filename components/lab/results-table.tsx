"use client";

import { useMemo, useState } from "react";
import { MODEL_TITLES } from "@/lib/arch/models";
import { ExplorerCostLink } from "@/components/ui/explorer-cost-link";
import type { Measurement } from "@/lib/lab/measurement";
import { achievedGflops, formatGflops } from "@/lib/lab/measurement";
import { OpSplitBar } from "./op-split-bar";
import { LatencySpread } from "@/components/ui/latency-spread";
import { CardFacts } from "@/components/ui/card-facts";
import { DataTable, type Column, type RowAttributes } from "@/components/ui/data-table";

export interface ResultsTableProps {
  readonly rows: readonly Measurement[];
  readonly onDownloadOnnx: (row: Measurement) => Promise<void>;
}

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

const GFLOPS = <abbr title="2 × MACs / median time">GFLOP/s</abbr>;

function formatMedian(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

function subject(r: Measurement): string {
  return `${MODEL_TITLES[r.model]} α ${r.alpha}, ${r.resolution} px`;
}

function CostLinkFor({ row, metric }: { row: Measurement; metric: "macs" | "params" }) {
  return (
    <ExplorerCostLink
      value={row[metric]}
      metric={metric}
      model={row.model}
      alpha={row.alpha}
      resolution={row.resolution}
      subject={subject(row)}
      testId={`lab-${metric}`}
    />
  );
}

function Backend({ row }: { row: Measurement }) {
  return (
    <>
      {row.backend === "wasm" ? "WASM" : "WebGPU"}
      {row.softwareAdapter && (
        <span
          className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900 dark:bg-amber-900/40 dark:text-amber-200"
          title={row.device}
        >
          software adapter
        </span>
      )}
    </>
  );
}

function Split({ row }: { row: Measurement }) {
  return row.opSplit ? (
    <OpSplitBar split={row.opSplit} />
  ) : (
    <span className="text-xs text-slate-500 dark:text-slate-400">
      {row.backend === "webgpu" ? "not available" : "not profiled"}
    </span>
  );
}

const runsTitle = (r: Measurement) =>
  `first run ${r.firstRunMs.toFixed(1)} ms; runs ${r.runsMs.map((t) => t.toFixed(1)).join(", ")} ms`;

/** One measured point as a card (phones): model, α, resolution, backend and the median first. */
function ResultCard({
  row: r,
  onDownloadOnnx,
}: {
  readonly row: Measurement;
  readonly onDownloadOnnx: ResultsTableProps["onDownloadOnnx"];
}) {
  return (
    <li
      className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800"
      data-testid="lab-card"
    >
      <div className="flex items-baseline justify-between gap-3">
        <p className="min-w-0">
          <span className="font-semibold">{MODEL_TITLES[r.model]}</span>
          <span className="block text-slate-600 dark:text-slate-400">
            α {r.alpha} · {r.resolution} px · <Backend row={r} />
          </span>
        </p>
        {/* The spread line may be long ("not steady…"): it wraps, the median never does. */}
        <p className="max-w-[60%] min-w-0 text-right">
          <span className="whitespace-nowrap">
            <span
              className="font-mono text-lg font-semibold tabular-nums"
              data-testid="lab-card-median"
              title={runsTitle(r)}
            >
              {formatMedian(r.medianMs)}
            </span>{" "}
            <span className="text-slate-600 dark:text-slate-400">ms</span>
          </span>
          <span className="block text-xs text-slate-500 dark:text-slate-400">median</span>
          <LatencySpread runsMs={r.runsMs} warmUp={r.warmUp} />
        </p>
      </div>
      <CardFacts
        facts={[
          { term: "MACs", value: <CostLinkFor row={r} metric="macs" /> },
          { term: "Params", value: <CostLinkFor row={r} metric="params" /> },
          { term: GFLOPS, value: formatGflops(achievedGflops(r.macs, r.medianMs)) },
        ]}
      />
      <div className="mt-2 flex items-center gap-3">
        <div className="min-w-0 flex-1">
          <span className="sr-only">Time split: </span>
          <Split row={r} />
        </div>
        <DownloadButton row={r} onDownload={onDownloadOnnx} />
      </div>
    </li>
  );
}

function columnsFor(
  onDownloadOnnx: ResultsTableProps["onDownloadOnnx"],
): readonly Column<Measurement>[] {
  return [
    {
      id: "model",
      header: "Model",
      rowHeader: "strong",
      className: "whitespace-nowrap",
      cell: (r) => MODEL_TITLES[r.model],
    },
    { id: "alpha", header: "α", numeric: true, mono: true, cell: (r) => r.alpha },
    {
      id: "resolution",
      header: "Input (px)",
      numeric: true,
      mono: true,
      cell: (r) => r.resolution,
    },
    {
      id: "backend",
      header: "Backend",
      className: "whitespace-nowrap",
      cell: (r) => <Backend row={r} />,
    },
    {
      id: "median",
      header: "Median (ms)",
      numeric: true,
      mono: true,
      title: runsTitle,
      cell: (r) => (
        <>
          <span data-testid="lab-median">{formatMedian(r.medianMs)}</span>
          <LatencySpread runsMs={r.runsMs} warmUp={r.warmUp} />
        </>
      ),
    },
    {
      id: "gflops",
      header: GFLOPS,
      numeric: true,
      mono: true,
      cell: (r) => formatGflops(achievedGflops(r.macs, r.medianMs)),
    },
    {
      id: "macs",
      header: "MACs",
      numeric: true,
      mono: true,
      cell: (r) => <CostLinkFor row={r} metric="macs" />,
    },
    {
      id: "params",
      header: "Params",
      numeric: true,
      mono: true,
      cell: (r) => <CostLinkFor row={r} metric="params" />,
    },
    { id: "split", header: "Time split", cell: (r) => <Split row={r} /> },
    {
      id: "download",
      header: <span className="sr-only">Download</span>,
      cell: (r) => <DownloadButton row={r} onDownload={onDownloadOnnx} />,
    },
  ];
}

/**
 * The measured points: one row per model × α × resolution × backend. Under `sm` (phones) the same rows
 * are cards, so model, α, resolution, backend and the median are all on screen without sideways scroll;
 * from `sm` up, the full table.
 */
export function ResultsTable({ rows, onDownloadOnnx }: ResultsTableProps) {
  const columns = useMemo(() => columnsFor(onDownloadOnnx), [onDownloadOnnx]);
  return (
    <DataTable
      look="boxed"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      rowAttributes={labRow}
      caption="Measured latency per model, width, resolution and backend"
      phoneCards={{
        card: (r) => <ResultCard row={r} onDownloadOnnx={onDownloadOnnx} />,
        testId: "lab-cards",
      }}
      testId="lab-table"
    />
  );
}

const labRow = (): RowAttributes => ({ "data-testid": "lab-row" });
