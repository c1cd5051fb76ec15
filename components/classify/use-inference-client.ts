"use client";

import { useEffect, useState } from "react";
import { InferenceClient } from "@/lib/inference/client";
import type { InferenceError } from "@/lib/inference/errors";
import type { RuntimeEnv } from "@/lib/inference/protocol";

export type ClientState = (
  | { readonly status: "starting" }
  | { readonly status: "ready"; readonly client: InferenceClient; readonly env: RuntimeEnv }
  | { readonly status: "error"; readonly message: string }
) & {
  /** Why the previous worker died, when this is a replacement for one that did. */
  readonly restartedAfter?: string;
};

/**
 * One inference worker at a time, probed for threads, isolation and WebGPU. When a worker dies
 * (an uncaught error such as running out of memory) a new one is started at once, and the state
 * says why, so the page can tell the user what happened.
 */
export function useInferenceClient(): ClientState {
  const [state, setState] = useState<ClientState>({ status: "starting" });
  const [generation, setGeneration] = useState<{ n: number; crash?: string }>({ n: 0 });
  useEffect(() => {
    let alive = true;
    const restartedAfter = generation.crash;
    let client: InferenceClient;
    try {
      client = new InferenceClient(undefined, (reason) => {
        if (!alive) return;
        setState({ status: "starting", restartedAfter: reason });
        setGeneration((g) => ({ n: g.n + 1, crash: reason }));
      });
    } catch (err) {
      queueMicrotask(() =>
        setState({
          status: "error",
          message: `Could not start the inference worker: ${(err as Error).message}`,
        }),
      );
      return;
    }
    client
      .probe()
      .then((env) => alive && setState({ status: "ready", client, env, restartedAfter }))
      .catch(
        (err: InferenceError) =>
          alive && setState({ status: "error", message: err.message, restartedAfter }),
      );
    return () => {
      alive = false;
      client.terminate();
    };
  }, [generation]);
  return state;
}
