import { OP_KINDS } from "@/lib/arch/types";
import type { NodeCategory } from "@/lib/onnx/graph-builder";
import type { Measurement } from "./measurement";
import { achievedGflops } from "./measurement";
import { quantile } from "@/lib/stats/spread";
import { csvText } from "@/lib/table/csv";

const SPLIT_COLUMNS: readonly NodeCategory[] = [...OP_KINDS, "other"];

const round = (x: number, digits = 3) => Number(x.toFixed(digits));

/**
 * The measured table as RFC 4180 CSV, one row per point. Times in ms, GFLOP/s = 2 × MACs / median time;
 * `steady` is false when warm-up stopped at its cap before the run times settled;
 * the `*_ms` split columns are profiled kernel time per op kind (empty when not profiled).
 */
export function measurementsToCsv(rows: readonly Measurement[]): string {
  const header = [
    "model",
    "version",
    "alpha",
    "resolution_px",
    "backend",
    "device",
    "software_adapter",
    "macs",
    "params",
    "onnx_params",
    "median_ms",
    "p10_ms",
    "p90_ms",
    "gflops",
    "first_run_ms",
    "session_ms",
    "warm_up_runs",
    "steady",
    "timed_runs",
    "runs_ms",
    ...SPLIT_COLUMNS.map((c) => `${c}_ms`),
  ];
  return csvText(
    header,
    rows.map((r) => [
      r.model,
      r.version,
      r.alpha,
      r.resolution,
      r.backend,
      r.device,
      r.softwareAdapter,
      r.macs,
      r.params,
      r.graphParams,
      round(r.medianMs),
      round(quantile(r.runsMs, 0.1)),
      round(quantile(r.runsMs, 0.9)),
      round(achievedGflops(r.macs, r.medianMs), 2),
      round(r.firstRunMs),
      round(r.sessionMs),
      r.warmUp.runs,
      r.warmUp.state === "steady",
      r.runsMs.length,
      r.runsMs.map((t) => round(t, 2)).join(" "),
      ...SPLIT_COLUMNS.map((c) => (r.opSplit ? round(r.opSplit[c] ?? 0) : "")),
    ]),
  );
}
