"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { MODEL_TITLES } from "@/lib/arch/models";
import { LabClient } from "@/lib/lab/lab-client";
import type { LabGrid, LabJob } from "@/lib/lab/lab-grid";
import { expandGrid, jobKey } from "@/lib/lab/lab-grid";
import type { LabEnv, LabStage } from "@/lib/lab/lab-protocol";
import type { Measurement } from "@/lib/lab/measurement";

export type ClientState =
  | { readonly status: "starting" }
  | { readonly status: "ready"; readonly env: LabEnv }
  | { readonly status: "error"; readonly message: string };

export type RunState =
  | { readonly status: "idle" }
  | {
      readonly status: "running";
      readonly done: number;
      readonly total: number;
      readonly job: LabJob;
      readonly stage: LabStage;
      readonly stopping: boolean;
    }
  | {
      readonly status: "finished";
      readonly measured: number;
      readonly failures: readonly string[];
      readonly notice: string | null;
    };

const STAGE_TEXT: Readonly<Record<LabStage, string>> = {
  building: "building",
  "creating-session": "creating the session for",
  "warming-up": "warming up and timing",
  profiling: "profiling",
};

/** "building V2 α 0.5 128 px on WASM… 3/8" */
export function progressText(run: Extract<RunState, { status: "running" }>): string {
  const { job } = run;
  return `${STAGE_TEXT[run.stage]} ${MODEL_TITLES[job.model]} α ${job.alpha} ${job.resolution} px on ${job.backend === "wasm" ? "WASM" : "WebGPU"}… ${run.done + 1}/${run.total}`;
}

/**
 * One lab worker for the page's lifetime; runs a grid's jobs one after another (timings must not overlap),
 * keeping the newest measurement per job key. WebGPU jobs fall back to WASM when there is no adapter.
 */
export function useLabRunner() {
  const clientRef = useRef<LabClient | null>(null);
  const stopRef = useRef(false);
  const [client, setClient] = useState<ClientState>({ status: "starting" });
  const [run, setRun] = useState<RunState>({ status: "idle" });
  const [measurements, setMeasurements] = useState<readonly Measurement[]>([]);

  useEffect(() => {
    let alive = true;
    const c = new LabClient();
    clientRef.current = c;
    c.probe()
      .then((env) => alive && setClient({ status: "ready", env }))
      .catch((err: Error) => alive && setClient({ status: "error", message: err.message }));
    return () => {
      alive = false;
      clientRef.current = null;
      c.terminate();
    };
  }, []);

  const start = useCallback(
    async (grid: LabGrid, profile: boolean) => {
      const c = clientRef.current;
      if (!c || client.status !== "ready") return;
      let notice: string | null = null;
      let backends = grid.backends;
      if (backends.includes("webgpu") && !client.env.webgpu.available) {
        backends = ["wasm"];
        notice = `WebGPU is not available here (${client.env.webgpu.description}), so these points ran on WASM.`;
      }
      const jobs = expandGrid({ ...grid, backends });
      const failures: string[] = [];
      let measured = 0;
      stopRef.current = false;
      for (const [i, job] of jobs.entries()) {
        if (stopRef.current) break;
        setRun({
          status: "running",
          done: i,
          total: jobs.length,
          job,
          stage: "building",
          stopping: false,
        });
        try {
          const m = await c.measure(job, { runs: grid.runs, profile }, (stage) =>
            setRun((r) => (r.status === "running" ? { ...r, stage } : r)),
          );
          measured += 1;
          setMeasurements((prev) => [...prev.filter((p) => p.key !== m.key), m]);
        } catch (err) {
          failures.push(`${jobKey(job)}: ${(err as Error).message}`);
        }
      }
      c.closeProfiler();
      setRun({ status: "finished", measured, failures, notice });
    },
    [client],
  );

  const stop = useCallback(() => {
    stopRef.current = true;
    setRun((r) => (r.status === "running" ? { ...r, stopping: true } : r));
  }, []);

  const clear = useCallback(() => setMeasurements([]), []);

  const exportOnnx = useCallback(async (m: Measurement) => {
    const c = clientRef.current;
    if (!c) throw new Error("The lab worker is not running.");
    return c.exportOnnx(m.model, m.alpha, m.resolution);
  }, []);

  return { client, run, measurements, start, stop, clear, exportOnnx };
}
