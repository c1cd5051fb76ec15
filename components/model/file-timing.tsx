"use client";

import { useState } from "react";
import { formatMs } from "@/components/classify/format";
import type { ModelFileClient } from "@/lib/model-file/model-file-client";
import type { FileTiming } from "@/lib/model-file/model-file-protocol";
import type { Backend } from "@/lib/inference/protocol";

const TIMED_RUNS = 10;
const NAMES: Readonly<Record<Backend, string>> = { wasm: "WASM", webgpu: "WebGPU" };

type TimingState =
  | { readonly status: "idle" }
  | { readonly status: "busy" }
  | { readonly status: "done"; readonly timing: FileTiming }
  | { readonly status: "error"; readonly message: string };

function TimingResult({ timing }: { readonly timing: FileTiming }) {
  const s = timing.spread;
  return (
    <dl
      className="mt-2 grid grid-cols-1 gap-x-3 gap-y-0.5 text-sm sm:grid-cols-[auto_1fr]"
      data-testid={`timing-${timing.backend}`}
    >
      <dt className="text-slate-500 dark:text-slate-400">Device</dt>
      <dd>{timing.device}</dd>
      <dt className="text-slate-500 dark:text-slate-400">Median of {s.runs} warm runs</dt>
      <dd>
        <strong data-testid={`median-${timing.backend}`}>{formatMs(s.median)}</strong>{" "}
        <span className="text-slate-500 dark:text-slate-400">
          (p10 {formatMs(s.p10)} – p90 {formatMs(s.p90)}, min {formatMs(s.min)}, max{" "}
          {formatMs(s.max)})
        </span>
      </dd>
      <dt className="text-slate-500 dark:text-slate-400">First run</dt>
      <dd>
        {formatMs(timing.firstRunMs)} after a {formatMs(timing.sessionMs)} session start
      </dd>
      {timing.softwareAdapter && (
        <dd className="text-amber-800 sm:col-span-2 dark:text-amber-300">
          This WebGPU adapter is a software emulation (SwiftShader) running on the CPU: its time
          says nothing about a GPU.
        </dd>
      )}
    </dl>
  );
}

/** Times the file on each backend the way the latency lab does: a session, a cold and a warm-up run, then timed runs. */
export function FileTimingPanel({
  client,
  webgpu,
}: {
  readonly client: ModelFileClient;
  readonly webgpu: { readonly available: boolean; readonly description: string };
}) {
  const [state, setState] = useState<Record<Backend, TimingState>>({
    wasm: { status: "idle" },
    webgpu: { status: "idle" },
  });
  const busy = state.wasm.status === "busy" || state.webgpu.status === "busy";
  const run = async (backend: Backend) => {
    setState((s) => ({ ...s, [backend]: { status: "busy" } }));
    try {
      const timing = await client.time(backend, TIMED_RUNS);
      setState((s) => ({ ...s, [backend]: { status: "done", timing } }));
    } catch (err) {
      setState((s) => ({ ...s, [backend]: { status: "error", message: (err as Error).message } }));
    }
  };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {(["wasm", "webgpu"] as const).map((backend) => {
        const s = state[backend];
        const unavailable = backend === "webgpu" && !webgpu.available;
        return (
          <div
            key={backend}
            className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
          >
            <button
              type="button"
              onClick={() => void run(backend)}
              disabled={busy || unavailable}
              className="rounded-lg bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-50 dark:bg-white dark:text-slate-900 dark:hover:bg-slate-200"
            >
              {s.status === "busy" ? `Timing on ${NAMES[backend]}…` : `Time on ${NAMES[backend]}`}
            </button>
            {unavailable && (
              <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
                WebGPU is not available here: {webgpu.description}.
              </p>
            )}
            {s.status === "done" && <TimingResult timing={s.timing} />}
            {s.status === "error" && (
              <p
                role="alert"
                className="mt-2 text-sm text-red-800 dark:text-red-300"
                data-testid={`timing-error-${backend}`}
              >
                {s.message}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
