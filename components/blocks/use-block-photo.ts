"use client";

import { useEffect, useState } from "react";
import { modelSpecFor } from "@/components/classify/model-spec";
import { InsideClient } from "@/lib/inference/inside-client";
import { findModel } from "@/lib/inference/model-catalog";
import type { InsideSession } from "@/lib/inference/inside-protocol";
import { INPUT_KEY, THUMB_CHANNELS } from "@/lib/blocks/real-tensors";
import type { RealTensor, RealTensors } from "@/lib/blocks/real-tensors";

export type BlockPhotoState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly what: string }
  | { readonly status: "done"; readonly tensors: RealTensors }
  | { readonly status: "error"; readonly message: string };

/** Layer paths of the block, and the layer before it (its output is the block's input). */
function wanted(session: InsideSession, paths: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  const first = session.layers.findIndex((l) => l.path === paths[0]);
  if (first > 0) out.set(INPUT_KEY, first - 1);
  for (const l of session.layers) if (paths.includes(l.path)) out.set(l.path, l.index);
  return out;
}

/**
 * One photo through the real model (the inside worker's single exposed run), then a few channels of
 * each of the block's tensors. The worker lives only while the mode is on.
 */
export function useBlockPhoto(
  modelId: string | null,
  paths: readonly string[],
  photo: Blob | null,
): BlockPhotoState {
  const [state, setState] = useState<BlockPhotoState>({ status: "idle" });
  const key = paths.join(",");
  useEffect(() => {
    const spec = modelId ? modelSpecFor(modelId) : null;
    const engine = modelId ? findModel(modelId)?.engine : undefined;
    if (!spec || !engine || !photo) return;
    let alive = true;
    const client = new InsideClient();
    const set = (s: BlockPhotoState) => alive && setState(s);
    queueMicrotask(() => set({ status: "running", what: "Loading the real model…" }));
    void (async () => {
      try {
        const session = await client.open(spec, engine, "wasm");
        set({ status: "running", what: "Running your photo through it…" });
        const run = await client.run(session.modelId, photo);
        const tensors = new Map<string, RealTensor>();
        for (const [path, index] of wanted(session, key.split(","))) {
          const layer = session.layers[index];
          const d = await client.layer(session.modelId, index);
          const stats = run.layers[index]?.stats;
          if (!layer || !stats) continue;
          const { h, w } = d.outputSize;
          const { c } = layer.output;
          tensors.set(path, {
            planes: d.output.slice(0, Math.min(c, THUMB_CHANNELS) * h * w),
            h,
            w,
            channels: c,
            lo: stats.min,
            hi: stats.max,
          });
        }
        set({ status: "done", tensors });
      } catch (err) {
        set({ status: "error", message: err instanceof Error ? err.message : String(err) });
      } finally {
        client.terminate();
      }
    })();
    return () => {
      alive = false;
      client.terminate();
    };
  }, [modelId, key, photo]);
  return state;
}
