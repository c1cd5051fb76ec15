"use client";

import { useEffect, useState } from "react";
import { startWorkerClient } from "@/lib/inference/start-worker-client";
import { InferenceClient } from "@/lib/inference/client";
import { takeEarlyInferenceClient } from "./early-inference-client";
import type { InferenceError } from "@/lib/inference/errors";
import type { RuntimeEnv } from "@/lib/inference/protocol";

export type ClientState =
  /** `client` already takes requests (they wait for the probe): a photo need not wait for it. */
  (
    | { readonly status: "starting"; readonly client?: InferenceClient }
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
    const onCrash = (reason: string) => {
      if (!alive) return;
      setState({ status: "starting", restartedAfter: reason });
      setGeneration((g) => ({ n: g.n + 1, crash: reason }));
    };
    const client = startWorkerClient(
      () => {
        const early = generation.n === 0 ? takeEarlyInferenceClient() : null;
        early?.setCrashHandler(onCrash);
        return early ?? new InferenceClient(undefined, onCrash);
      },
      "inference worker",
      (message) => setState({ status: "error", message }),
    );
    if (!client) return;
    queueMicrotask(() => alive && setState({ status: "starting", client, restartedAfter }));
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
