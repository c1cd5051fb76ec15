import { formatMB, formatMs } from "./format";
import type { PreloadState } from "./use-preload";

const STAGE = {
  verifying: "checking its sha256",
  "creating-session": "starting the runtime",
  "warming-up": "warming up until run times are steady",
  "choosing-backend": "Auto is timing WebGPU against WASM",
  preprocessing: "preprocessing",
  running: "running",
} as const;

/** One quiet line: the chosen model getting ready in the background, then how long that took. */
export function PreloadStatus({ state }: { readonly state: PreloadState }) {
  if (state.status === "idle") return null;
  let text: string;
  if (state.status === "loading") {
    const bytes = state.total
      ? `${formatMB(state.loaded)} of ${formatMB(state.total)}`
      : formatMB(state.loaded);
    text = `Getting ${state.modelId} ready: ${state.stage ? STAGE[state.stage] : `downloading ${bytes}`}…`;
  } else if (state.status === "ready") {
    const s = state.session;
    text = `${s.modelId} is ready on ${s.backend === "webgpu" ? "WebGPU" : "WASM"} (${s.fromCache ? "from the browser cache" : `downloaded in ${formatMs(s.downloadMs)}`}, first run ${formatMs(s.firstInferenceMs)}, ${s.warmUp ? `then ${s.warmUp.runs} warm-up runs` : "warm-up left to the first photo"}).`;
  } else {
    text = `${state.modelId} could not be prepared ahead: ${state.message}`;
  }
  return (
    <p
      aria-live="polite"
      className="text-sm text-slate-600 dark:text-slate-400"
      data-testid="preload"
      data-status={state.status}
    >
      {text}
    </p>
  );
}
