import { formatMB } from "./format";
import type { RunState } from "./run-state";

const STAGE_TEXT = {
  verifying: "Checking the model's sha256…",
  "creating-session": "Creating the session…",
  "warming-up": "Warming up until run times are steady, then timing…",
  "choosing-backend": "Auto is timing WebGPU against WASM on this device (once per model)…",
  preprocessing: "Decoding and preprocessing the photo…",
  running: "Running the model…",
} as const;

/** One line for whatever is happening now: download progress in bytes, a stage, or the error. */
export function RunStatus({ state }: { readonly state: RunState }) {
  if (state.status === "idle" || state.status === "done")
    return (
      <div aria-live="polite" className="min-h-6" data-testid="status" data-status={state.status} />
    );
  if (state.status === "error")
    return (
      <div
        role="alert"
        data-testid="error"
        data-code={state.code}
        className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-100"
      >
        <p className="font-semibold">{state.title}</p>
        <p className="mt-1">{state.message}</p>
      </div>
    );
  if (state.status === "downloading") {
    const pct = state.total ? Math.min(100, (state.loaded / state.total) * 100) : null;
    return (
      <div aria-live="polite" data-testid="status" data-status="downloading" className="text-sm">
        <label className="block">
          Downloading {state.modelId}: {formatMB(state.loaded)}
          {state.total ? ` of ${formatMB(state.total)}` : ""}
          <progress
            className="mt-1 block h-2 w-full"
            max={state.total ?? undefined}
            value={state.total ? state.loaded : undefined}
            aria-valuetext={pct === null ? undefined : `${pct.toFixed(0)}%`}
          />
        </label>
      </div>
    );
  }
  return (
    <p
      aria-live="polite"
      data-testid="status"
      data-status="busy"
      className="text-sm text-slate-600 dark:text-slate-400"
    >
      {state.label ?? STAGE_TEXT[state.stage]}
    </p>
  );
}
