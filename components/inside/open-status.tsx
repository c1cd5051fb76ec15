import type { OpenState, RunState } from "./use-inside-worker";

/** Where the page is: loading the model, mapping its layers, running the photo, or why it cannot. */
export function OpenStatus({ open, run }: { readonly open: OpenState; readonly run: RunState }) {
  const line = (() => {
    if (open.status === "idle") return "Starting the inside worker…";
    if (open.status === "opening")
      return open.total
        ? `Loading the model: ${Math.round((100 * open.loaded) / open.total)} % (from the cache after the first time)…`
        : "Loading the model and exposing its layers…";
    if (open.status === "unmapped") return open.message;
    if (open.status === "error") return open.message;
    if (run.status === "running") return "Running the photo through every layer…";
    if (run.status === "error") return run.message;
    if (run.status === "idle")
      return `Ready: ${open.session.layers.length} layers mapped to the cost engine. Pick a photo.`;
    return `${open.session.layers.length} layers mapped to the cost engine.`;
  })();
  const bad = open.status === "unmapped" || open.status === "error" || run.status === "error";
  return (
    <p
      role={bad ? "alert" : "status"}
      data-testid="inside-status"
      data-status={open.status === "ready" ? run.status : open.status}
      className={`text-sm ${bad ? "text-red-800 dark:text-red-300" : "text-slate-600 dark:text-slate-400"}`}
    >
      {line}
    </p>
  );
}
