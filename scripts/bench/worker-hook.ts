/**
 * The source of an init script that wraps `window.Worker` before the app's scripts run, so that a
 * benchmark sees what the app's workers say without changing the app: the app's own handlers still
 * get every message unchanged. Source text rather than a function, because tsx's transpiled output
 * may reference helpers the page lacks. Each part is JavaScript run in the page:
 * - `setup`: once, before the wrap (its bindings are visible to the other parts);
 * - `onCreate`: in each worker's constructor (`this` is the worker);
 * - `onMessage`: for each message a worker posts, with `m` = its data;
 * - `onPost`: for each `message` the page posts to a worker, before it goes;
 * - `after`: once, after the wrap.
 */
export function workerHookScript(parts: {
  readonly setup: string;
  readonly onCreate?: string;
  readonly onMessage: string;
  readonly onPost?: string;
  readonly after?: string;
}): string {
  const post = parts.onPost
    ? `postMessage(message, options) {
      ${parts.onPost}
      super.postMessage(message, options);
    }`
    : "";
  return `(() => {
  ${parts.setup}
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      ${parts.onCreate ?? ""}
      this.addEventListener("message", (e) => {
        const m = e.data;
        ${parts.onMessage}
      });
    }
    ${post}
  };
  ${parts.after ?? ""}
})();`;
}
