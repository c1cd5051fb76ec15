"use client";

import { useEffect, useState } from "react";
import type { InferenceClient } from "@/lib/inference/client";
import type { BackendChoice, RuntimeEnv, SessionInfo, WorkerStage } from "@/lib/inference/protocol";
import { modelSpecFor } from "./model-spec";

export type PreloadState =
  | { readonly status: "idle" }
  | {
      readonly status: "loading";
      readonly modelId: string;
      readonly loaded: number;
      readonly total: number | null;
      readonly stage: WorkerStage | null;
    }
  | { readonly status: "ready"; readonly session: SessionInfo }
  | { readonly status: "error"; readonly modelId: string; readonly message: string };

/**
 * As soon as the page runs, before any photo is chosen, has the worker download, verify and warm the
 * chosen model's session (an installed model only: nothing is fetched from the internet unasked).
 * A photo picked meanwhile waits for this same session instead of starting a second one.
 * Never on a software WebGPU adapter: that session takes seconds of CPU and may never be used.
 */
export function usePreload(
  client: InferenceClient | null,
  env: RuntimeEnv | null,
  modelId: string,
  backend: BackendChoice,
  installed: boolean,
): PreloadState {
  const [state, setState] = useState<PreloadState>({ status: "idle" });
  // Only a forced WebGPU preload needs the probe's answer (is the adapter a software one?).
  const gpuEnv = backend === "webgpu" ? env : null;
  const waitForEnv = backend === "webgpu" && env === null;
  useEffect(() => {
    const spec = modelSpecFor(modelId);
    // Auto never runs on a software adapter (it picks WASM there); a forced WebGPU would.
    const onSoftwareGpu = gpuEnv?.webgpuSoftwareName != null;
    if (!client || !spec || !installed || waitForEnv || onSoftwareGpu) return;
    let alive = true;
    // At once, not when the main thread is idle: the work happens in the worker, and on a cold
    // visit the runtime and the model are the longest part of the way to a first prediction.
    queueMicrotask(() => {
      if (!alive) return;
      setState({ status: "loading", modelId, loaded: 0, total: spec.bytes, stage: null });
      client
        .load(spec, backend, {
          onProgress: (loaded, total) =>
            alive && setState({ status: "loading", modelId, loaded, total, stage: null }),
          onStage: (stage) =>
            alive && setState((s) => (s.status === "loading" ? { ...s, stage } : s)),
        })
        .then(
          (session) =>
            alive && setState(session ? { status: "ready", session } : { status: "idle" }),
        )
        .catch(
          (err: Error) => alive && setState({ status: "error", modelId, message: err.message }),
        );
    });
    return () => {
      alive = false;
    };
  }, [client, gpuEnv, waitForEnv, modelId, backend, installed]);
  return state;
}
