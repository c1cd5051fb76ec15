/**
 * ORT's WASM profiler prints its Chrome-trace JSON through Emscripten's `out`, which is bound to
 * console.log when the runtime starts. A tap installed before that can collect a profiled run's
 * lines, so they reach a parser instead of flooding the console; at other times lines pass through.
 */
export interface ConsoleTap {
  /** Runs `work` while collecting every console.log line; returns both. */
  collect<T>(work: () => Promise<T>): Promise<{ value: T; lines: string[] }>;
}

/** Replaces this worker's console.log once; call at module load, before ORT starts. */
export function tapConsoleLog(): ConsoleTap {
  let lines: string[] | null = null;
  const passThrough = console.log.bind(console);
  console.log = (...args: unknown[]) => {
    if (lines) lines.push(args.map(String).join(" "));
    else passThrough(...args);
  };
  return {
    async collect(work) {
      lines = [];
      try {
        const value = await work();
        return { value, lines };
      } finally {
        lines = null;
      }
    },
  };
}
