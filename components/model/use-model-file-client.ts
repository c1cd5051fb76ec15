"use client";

import { useEffect, useState } from "react";
import { startWorkerClient } from "@/lib/inference/start-worker-client";
import { ModelFileClient } from "@/lib/model-file/model-file-client";

export type ModelClientState =
  | { readonly status: "starting" }
  | {
      readonly status: "ready";
      readonly client: ModelFileClient;
      readonly webgpu: { readonly available: boolean; readonly description: string };
    }
  | { readonly status: "error"; readonly message: string };

/** One model worker for the page's lifetime, probed once for WebGPU. */
export function useModelFileClient(): ModelClientState {
  const [state, setState] = useState<ModelClientState>({ status: "starting" });
  useEffect(() => {
    let alive = true;
    const client = startWorkerClient(
      () => new ModelFileClient(),
      "model worker",
      (message) => setState({ status: "error", message }),
    );
    if (!client) return;
    client
      .probe()
      .then(
        (p) =>
          alive &&
          setState({
            status: "ready",
            client,
            webgpu: { available: p.webgpu, description: p.description },
          }),
      )
      .catch((err: Error) => alive && setState({ status: "error", message: err.message }));
    return () => {
      alive = false;
      client.terminate();
    };
  }, []);
  return state;
}
