"use client";

import { useEffect, useState } from "react";
import { InferenceClient } from "@/lib/inference/client";
import type { InferenceError } from "@/lib/inference/errors";
import type { RuntimeEnv } from "@/lib/inference/protocol";

export type ClientState =
  | { readonly status: "starting" }
  | { readonly status: "ready"; readonly client: InferenceClient; readonly env: RuntimeEnv }
  | { readonly status: "error"; readonly message: string };

/** One inference worker for the page's lifetime, probed once for threads, isolation and WebGPU. */
export function useInferenceClient(): ClientState {
  const [state, setState] = useState<ClientState>({ status: "starting" });
  useEffect(() => {
    let alive = true;
    let client: InferenceClient;
    try {
      client = new InferenceClient();
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
      .then((env) => alive && setState({ status: "ready", client, env }))
      .catch((err: InferenceError) => alive && setState({ status: "error", message: err.message }));
    return () => {
      alive = false;
      client.terminate();
    };
  }, []);
  return state;
}
