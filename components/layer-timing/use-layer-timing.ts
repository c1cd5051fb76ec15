"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { StoppedError, timeLayers } from "@/lib/layer-timing/client";
import type { TimingJob } from "@/lib/layer-timing/client";
import type { LayerTimingReport, TimingProgress, TimingSource } from "@/lib/layer-timing/protocol";

export type LayerTimingState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: TimingProgress }
  | { readonly status: "stopped" }
  | { readonly status: "done"; readonly report: LayerTimingReport }
  | { readonly status: "error"; readonly message: string };

/** One timing job at a time in a throw-away worker; a new source or leaving the page stops it. */
export function useLayerTiming(sourceKey: string) {
  const [state, setState] = useState<LayerTimingState>({ status: "idle" });
  const job = useRef<TimingJob<LayerTimingReport> | null>(null);

  const stop = useCallback(() => {
    job.current?.stop();
    job.current = null;
  }, []);

  // A different model or file: the old report does not describe it.
  useEffect(() => {
    queueMicrotask(() => setState({ status: "idle" }));
    return stop;
  }, [sourceKey, stop]);

  const start = useCallback(
    (source: TimingSource) => {
      stop();
      setState({ status: "running", progress: { stage: "loading", fraction: 0 } });
      const j = timeLayers(source, (progress) => {
        if (job.current === j) setState({ status: "running", progress });
      });
      job.current = j;
      j.result.then(
        (report) => {
          if (job.current === j) setState({ status: "done", report });
          job.current = null;
        },
        (err: unknown) => {
          if (err instanceof StoppedError) setState({ status: "stopped" });
          else if (job.current === j)
            setState({ status: "error", message: (err as Error).message });
          if (job.current === j) job.current = null;
        },
      );
    },
    [stop],
  );
  return { state, start, stop };
}
