"use client";

import Link from "next/link";
import type { LayerTimingReport, TimingSource, TimingStage } from "@/lib/layer-timing/protocol";
import { BYTES_FORMULA } from "@/lib/layer-timing/layer-bytes";
import { ridgePoint } from "@/lib/layer-timing/roofline";
import { slowestPerMac } from "@/lib/layer-timing/summarize";
import { crossCheckText } from "@/lib/layer-timing/timing-text";
import { warmUpText } from "@/lib/stats/spread-text";
import { formatMsShort, sig3 } from "./format";
import { LayerTimingTable } from "./layer-timing-table";
import { RooflineChart } from "./roofline-chart";
import { ShareChart } from "./share-chart";
import type { LayerTimingState } from "./use-layer-timing";

const STAGES: Readonly<Record<TimingStage, string>> = {
  loading: "Reading the model",
  "timing-unprofiled": "Timing whole runs without the profiler",
  "measuring-ceilings": "Measuring this device's compute and memory ceilings",
  "warming-profiled": "Warming up the profiled session",
  profiling: "Profiling every layer",
};

/** The one sentence about WebGPU: what this page times and what it does not. */
export const WEBGPU_NOTE =
  "WebGPU is not timed layer by layer here: this page reads per-kernel times only from onnxruntime-web's WASM profiler, so every time below is WASM's, on this device's CPU.";

const BUTTON =
  "rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-50 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200";

function Report({
  report,
  fileStem,
  selected,
  onSelect,
}: {
  readonly report: LayerTimingReport;
  readonly fileStem: string;
  readonly selected?: number;
  readonly onSelect?: (index: number) => void;
}) {
  const s = report.summary;
  const slow = slowestPerMac(s.layers);
  // Faster than the measured peak: the load changed between rounds, or a kernel beats the 1×1 graph.
  const abovePeak = s.layers.filter((l) => l.gmacs > report.ceilings.peakGmacs * 1.05).length;
  return (
    <div
      className="min-w-0 space-y-6"
      data-testid="layer-timing-report"
      data-total-ms={s.totalMs}
      data-kernel-sum-ms={s.kernelSumMs}
      data-between-kernels-ms={s.remainder.betweenKernelsMs}
      data-kernels-per-run={s.kernelsPerRun.join("-")}
      data-unprofiled-ms={s.unprofiledMedianMs}
      data-profiled-run-ms={s.profiledRunMs}
      data-share-diff={s.shareDiffPoints}
      data-peak-gmacs={report.ceilings.peakGmacs}
      data-bandwidth-gbs={report.ceilings.bandwidthGBs}
      data-job-ms={report.jobMs}
      data-warm-up-runs={report.warmUp.runs}
    >
      <div className="space-y-2 text-sm">
        <p>
          Timed on {report.device} (onnxruntime-web {report.ortVersion}): each layer&apos;s median
          over {s.profiledRuns} profiled runs, {warmUpText(report.warmUp)}; the whole measurement
          took {(report.jobMs / 1000).toFixed(1)} s.
          {report.namesFromNodes && " Layers are named by their ONNX node."}
        </p>
        <p data-testid="cross-check">{crossCheckText(s)}</p>
        <p className="text-slate-600 dark:text-slate-400" data-testid="bytes-formula">
          How the columns are computed: {BYTES_FORMULA}. Each counts every tensor once, as if
          nothing stayed in cache between layers.
        </p>
      </div>
      <section aria-label="Share of multiply-adds against share of time" className="space-y-2">
        <h3 className="font-semibold">Multiply-adds are not milliseconds</h3>
        <ShareChart summary={s} />
      </section>
      <section aria-label="Roofline on this device" className="space-y-2">
        <h3 className="font-semibold">The roofline of this device</h3>
        <p className="text-sm">
          Measured here: a large 1×1 convolution reaches{" "}
          <strong>{sig3(report.ceilings.peakGmacs)} GMAC/s</strong> (peak compute), a large
          elementwise add moves <strong>{sig3(report.ceilings.bandwidthGBs)} GB/s</strong> (memory
          bandwidth); they meet at a ridge point of{" "}
          <strong data-testid="ridge-value">
            {sig3(ridgePoint(report.ceilings))} MACs per byte
          </strong>
          .
        </p>
        <RooflineChart summary={s} ceilings={report.ceilings} />
        {abovePeak > 0 && (
          <p className="text-sm text-amber-800 dark:text-amber-300" data-testid="above-peak">
            {abovePeak} layer{abovePeak === 1 ? "" : "s"} ran faster than the measured peak: the
            machine&apos;s load changed while it was measured, or a kernel beats the 1×1 test graph.
            Measure again on an idle device to trust the roofs.
          </p>
        )}
        <p className="text-sm">
          What the ridge point means for choosing a MobileNet, beside the chips in
          MobileNetV4&apos;s paper:{" "}
          <Link href="/learn/mobilenet-v4#your-ridge-point" className="underline">
            the roofline step of the V4 lesson
          </Link>
          .
        </p>
        {slow.length > 0 && (
          <p className="text-sm" data-testid="slowest-per-mac">
            Most time per multiply-add:{" "}
            {slow
              .map(
                (l) =>
                  `${l.label} (${sig3(l.nsPerMac * 1000)} ps per MAC, ${sig3(l.intensity)} MACs/byte)`,
              )
              .join("; ")}
            .
          </p>
        )}
      </section>
      <section aria-label="Time per layer" className="space-y-2">
        <h3 className="font-semibold">Every layer</h3>
        <LayerTimingTable summary={s} fileStem={fileStem} selected={selected} onSelect={onSelect} />
      </section>
    </div>
  );
}

/** "Time every layer": the button, progress and Stop, then the report. */
export function LayerTimingPanel({
  timing,
  source,
  fileStem,
  selected,
  onSelect,
  disabledReason,
}: {
  readonly timing: {
    readonly state: LayerTimingState;
    readonly start: (source: TimingSource) => void;
    readonly stop: () => void;
  };
  /** Made on click (a file's bytes are read then). */
  readonly source: () => Promise<TimingSource>;
  readonly fileStem: string;
  readonly selected?: number;
  readonly onSelect?: (index: number) => void;
  /** Why the button cannot be used yet, if it cannot. */
  readonly disabledReason?: string | null;
}) {
  const { state } = timing;
  const running = state.status === "running";
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Times every conv and fully connected layer with onnxruntime-web&apos;s profiler in a
        separate worker (the sessions above stay unprofiled), and measures this device&apos;s two
        roofline ceilings, all on one WASM thread: with several, the profiler slows every kernel it
        watches (by 2–3× here), so the times would describe the profiler rather than the model.{" "}
        {WEBGPU_NOTE}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={BUTTON}
          disabled={running || Boolean(disabledReason)}
          onClick={() => void source().then(timing.start)}
        >
          Time every layer
        </button>
        {running && (
          <button
            type="button"
            onClick={timing.stop}
            className="rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-900"
          >
            Stop
          </button>
        )}
        {disabledReason && (
          <span className="text-sm text-slate-600 dark:text-slate-400">{disabledReason}</span>
        )}
      </div>
      <div aria-live="polite" className="text-sm">
        {running && (
          <div className="max-w-md space-y-1">
            <p>{STAGES[state.progress.stage]}…</p>
            <progress
              aria-label="Timing the layers"
              max={1}
              value={state.progress.fraction}
              className="h-2 w-full"
            />
          </div>
        )}
        {state.status === "stopped" && <p>Stopped; nothing was kept.</p>}
        {state.status === "error" && (
          <p role="alert" className="text-red-800 dark:text-red-300">
            {state.message}
          </p>
        )}
      </div>
      {state.status === "done" && (
        <Report report={state.report} fileStem={fileStem} selected={selected} onSelect={onSelect} />
      )}
    </div>
  );
}

/** The selected layer's measured row, for /inside's layer view. */
export function LayerTimingLine({
  report,
  nodeLabel,
}: {
  readonly report: LayerTimingReport;
  readonly nodeLabel: string;
}) {
  const l = report.summary.layers.find((x) => x.label === nodeLabel);
  if (!l) return null;
  return (
    <p className="mt-2 text-sm" data-testid="layer-timing-line">
      Measured on {report.device}: <strong>{formatMsShort(l.ms)}</strong> (
      {(l.share * 100).toFixed(1)} % of the run), {sig3(l.gmacs)} GMAC/s at {sig3(l.intensity)} MACs
      per byte — {l.intensity < ridgePoint(report.ceilings) ? "left" : "right"} of this
      device&apos;s ridge point ({sig3(ridgePoint(report.ceilings))}), so{" "}
      {l.intensity < ridgePoint(report.ceilings) ? "memory" : "arithmetic"} bounds it.
    </p>
  );
}
