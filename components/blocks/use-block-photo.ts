"use client";

import { useEffect, useState } from "react";
import { modelSpecFor } from "@/components/classify/model-spec";
import { findModel } from "@/lib/inference/model-catalog";
import type { InsideSession } from "@/lib/inside/inside-protocol";
import { INPUT_KEY, THUMB_CHANNELS } from "@/lib/blocks/real-tensors";
import type { RealTensor, RealTensors } from "@/lib/blocks/real-tensors";
import { retainSharedWorker, sharedRun } from "./shared-block-worker";

export type BlockPhotoState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly what: string }
  | {
      readonly status: "done";
      readonly tensors: RealTensors;
      /** The block's layer paths these tensors are for (comma-joined), so a stale block's are not shown. */
      readonly layers: string;
      /** The shared worker's serial and its run count: a test checks a block change starts neither. */
      readonly worker: number;
      readonly runNumber: number;
    }
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
 * One photo through the real model (the shared inside worker's single exposed run, reused while
 * the photo and model stay the same), then a few channels of each of the block's tensors.
 */
export function useBlockPhoto(
  modelId: string | null,
  paths: readonly string[],
  photo: Blob | null,
): BlockPhotoState {
  const [state, setState] = useState<BlockPhotoState>({ status: "idle" });
  useEffect(() => retainSharedWorker(), []);
  const key = paths.join(",");
  useEffect(() => {
    const spec = modelId ? modelSpecFor(modelId) : null;
    const engine = modelId ? findModel(modelId)?.engine : undefined;
    if (!spec || !engine || !photo) return;
    let alive = true;
    const set = (s: BlockPhotoState) => alive && setState(s);
    void (async () => {
      set({ status: "running", what: "Reading this block's layers…" });
      try {
        const { session, run, client, serial } = await sharedRun(spec, engine, photo, (what) =>
          set({ status: "running", what }),
        );
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
        set({ status: "done", tensors, layers: key, worker: serial, runNumber: run.runNumber });
      } catch (err) {
        set({ status: "error", message: err instanceof Error ? err.message : String(err) });
      }
    })();
    return () => {
      alive = false;
    };
  }, [modelId, key, photo]);
  return state;
}
