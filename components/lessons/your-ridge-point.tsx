"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import type { CeilingsResult, TimingJob } from "@/lib/layer-timing/client";
import { measureCeilings, StoppedError } from "@/lib/layer-timing/client";
import type { RidgeRegime } from "@/lib/layer-timing/ridge-advice";
import {
  medianIntensityByKind,
  memoryBoundKinds,
  PAPER_RIDGE_POINTS,
  ridgeRegime,
} from "@/lib/layer-timing/ridge-advice";
import { ridgePoint } from "@/lib/layer-timing/roofline";
import { OP_STYLES } from "@/lib/viz/theme";
import { DataTable } from "@/components/ui/data-table";

type State =
  | { readonly status: "idle" | "running" | "stopped" }
  | { readonly status: "done"; readonly result: CeilingsResult }
  | { readonly status: "error"; readonly message: string };

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toPrecision(3));

/** What the regime means for choosing V1, V2, V3 or V4 on this device, in the lesson's words. */
function advice(regime: RidgeRegime): string {
  if (regime === "compute")
    return "Here even depthwise layers keep the arithmetic busy, so multiply-adds predict milliseconds well: for the accuracy you need, the model with the fewest MACs (V3-Small, then V4 Conv-S, V2, V1) should also be the fastest.";
  if (regime === "split")
    return "Here the 1×1 layers wait on arithmetic but the depthwise layers wait on memory, so depthwise layers take a bigger share of the time than of the MACs. V1, V2 and V3 spend every block on a depthwise-plus-1×1 pair; V4's search may swap some for fused full convolutions, which do more multiply-adds per byte. Count MACs, then check the time: the ranking can change.";
  return "Here nearly every layer waits on memory, as on the paper's chips: bytes moved, not multiply-adds, set the time. Fewer, wider layers that reuse what they load win, which is the case V4 was designed for; a MACs ranking of V1, V2 and V3 says little on such a device.";
}

/**
 * Lesson 6's roofline step on the reader's device: measures the two ceilings in a throw-away worker
 * (a few seconds), puts the ridge point beside the paper's Tab. 16 chips, and reads it against V2's
 * layer kinds.
 */
export function YourRidgePoint() {
  const [state, setState] = useState<State>({ status: "idle" });
  const job = useRef<TimingJob<CeilingsResult> | null>(null);
  useEffect(() => () => job.current?.stop(), []);
  const kinds = useMemo(
    () =>
      medianIntensityByKind(resolveNetwork("v2", { alpha: 1, resolution: 224 })).filter(
        (k) => k.kind !== "fc",
      ),
    [],
  );
  const start = () => {
    setState({ status: "running" });
    const j = measureCeilings(() => {});
    job.current = j;
    j.result.then(
      (result) => setState({ status: "done", result }),
      (err: unknown) =>
        setState(
          err instanceof StoppedError
            ? { status: "stopped" }
            : { status: "error", message: (err as Error).message },
        ),
    );
  };
  const ridge = state.status === "done" ? ridgePoint(state.result.ceilings) : null;
  const rows = [
    ...(ridge !== null && state.status === "done"
      ? [{ chip: `This device (${state.result.device}, in this browser)`, ridge, mine: true }]
      : []),
    ...PAPER_RIDGE_POINTS.map((p) => ({ ...p, mine: false })),
  ].sort((a, b) => a.ridge - b.ridge);
  const maxLog = Math.log10(500);
  const minLog = Math.log10(Math.min(0.05, ...rows.map((r) => r.ridge)));
  const bar = (r: number) => `${(100 * (Math.log10(r) - minLog)) / (maxLog - minLog)}%`;
  return (
    <div className="space-y-3" data-testid="your-ridge-point">
      <h3 id="your-ridge-point" className="text-lg font-semibold">
        Your own ridge point
      </h3>
      <p className="text-sm">
        Measure this device in this browser: a large 1×1 convolution gives its peak multiply-adds
        per second, a large elementwise add its memory bandwidth, both on onnxruntime-web&apos;s
        WASM backend. It takes a few seconds.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={start}
          disabled={state.status === "running"}
          className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-50 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200"
        >
          Measure my ridge point
        </button>
        {state.status === "running" && (
          <>
            <span role="status" className="text-sm">
              Measuring…
            </span>
            <button
              type="button"
              onClick={() => job.current?.stop()}
              className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-700"
            >
              Stop
            </button>
          </>
        )}
        {state.status === "stopped" && <span className="text-sm">Stopped.</span>}
      </div>
      {state.status === "error" && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {state.message}
        </p>
      )}
      <DataTable
        headerTone="muted"
        columns={[
          {
            id: "chip",
            header: "chip",
            rowHeader: true,
            cell: (r) => (
              <>
                {r.chip}
                {!r.mine && (
                  <span className="text-xs text-slate-500 dark:text-slate-400"> (Tab. 16)</span>
                )}
              </>
            ),
          },
          {
            id: "ridge",
            header: "ridge, MACs/byte",
            numeric: true,
            mono: true,
            cell: (r) => fmt(r.ridge),
          },
          {
            id: "bar",
            header: "log scale, 0.05 to 500",
            headerClassName: "w-1/2",
            cell: (r) => (
              <span className="block h-2.5 rounded-sm bg-slate-100 dark:bg-slate-900">
                <span
                  className={`block h-full rounded-sm ${r.mine ? "bg-sky-600 dark:bg-sky-400" : "bg-slate-500"}`}
                  style={{ width: bar(r.ridge) }}
                />
              </span>
            ),
          },
        ]}
        rows={rows}
        rowKey={(r) => r.chip}
        rowAttributes={(r) => ({
          "data-mine": String(r.mine),
          className: r.mine ? "font-semibold" : undefined,
        })}
        caption="Ridge points in MACs per byte: this device beside the chips in MobileNetV4's Table 16"
        testId="ridge-table"
      />
      {state.status === "done" && ridge !== null && (
        <div className="space-y-2 text-sm" data-testid="ridge-reading">
          <p>
            This device, on one core: {fmt(state.result.ceilings.peakGmacs)} GMAC/s peak,{" "}
            {fmt(state.result.ceilings.bandwidthGBs)} GB/s, so a ridge point of{" "}
            <strong>{fmt(ridge)} MACs per byte</strong>
            {ridge < (PAPER_RIDGE_POINTS[0]?.ridge ?? 0)
              ? ", below every chip in the paper's table."
              : "."}{" "}
            Counting each tensor once in fp32, V2&apos;s layers do a median of{" "}
            {kinds
              .map((k) => `${fmt(k.intensity)} (${OP_STYLES[k.kind].label.toLowerCase()})`)
              .join(", ")}{" "}
            MACs per byte; below your ridge, and so waiting on memory here:{" "}
            {memoryBoundKinds(kinds, ridge)
              .map((k) => OP_STYLES[k].label.toLowerCase())
              .join(", ") || "none of them"}
            .
          </p>
          <p>{advice(ridgeRegime(kinds, ridge))}</p>
        </div>
      )}
      <p className="text-sm">
        See it layer by layer: on{" "}
        <Link href="/inside" className="underline">
          Inside
        </Link>{" "}
        &ldquo;Time every layer&rdquo; times each layer of a real MobileNet and plots it under these
        two roofs; the{" "}
        <Link href="/lab" className="underline">
          Lab
        </Link>{" "}
        times whole networks against their MACs.
      </p>
    </div>
  );
}
