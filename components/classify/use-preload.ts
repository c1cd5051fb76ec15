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
 * While the page is idle, before any photo is chosen, has the worker download, verify and warm the
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
  useEffect(() => {
    const spec = modelSpecFor(modelId);
    // Auto never runs on a software adapter (it picks WASM there); a forced WebGPU would.
    const onSoftwareGpu = backend === "webgpu" && env?.webgpuSoftwareName != null;
    if (!client || !spec || !installed || onSoftwareGpu) return;
    let alive = true;
    const start = () => {
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
    };
    // Safari has no requestIdleCallback: a short timeout stands in.
    const hasIdle = typeof globalThis.requestIdleCallback === "function";
    const handle = hasIdle ? requestIdleCallback(start, { timeout: 1500 }) : setTimeout(start, 200);
    return () => {
      alive = false;
      if (hasIdle) cancelIdleCallback(handle as number);
      else clearTimeout(handle as ReturnType<typeof setTimeout>);
    };
  }, [client, env, modelId, backend, installed]);
  return state;
}
