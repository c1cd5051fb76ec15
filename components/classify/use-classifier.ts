"use client";

import { useCallback, useRef, useState } from "react";
import type { InferenceClient } from "@/lib/inference/client";
import { ERROR_TITLES, InferenceError } from "@/lib/inference/errors";
import type { Backend, BackendChoice, ClassifyResult } from "@/lib/inference/protocol";
import type { CompareRow } from "./compare-table";
import { modelSpecFor } from "./model-spec";
import type { RunState } from "./run-state";

/** Where a compare run is: `done` of `total` rows, the one running now; `stopped` once the user stopped it. */
export interface CompareProgress {
  readonly done: number;
  readonly total: number;
  readonly current: { readonly modelId: string; readonly backend: string } | null;
  readonly stopped: boolean;
}

export interface ImageInput {
  readonly blob: Blob;
  readonly name: string;
}

function toError(err: unknown): Extract<RunState, { status: "error" }> {
  const e =
    err instanceof InferenceError
      ? err
      : new InferenceError("inference-failed", String((err as Error)?.message ?? err));
  return { status: "error", code: e.code, title: ERROR_TITLES[e.code], message: e.message };
}

/**
 * Single runs and compare runs over the worker. Each run gets a token so a late answer for an older
 * image or model never overwrites a newer one.
 */
export function useClassifier(client: InferenceClient | null) {
  const [run, setRun] = useState<RunState>({ status: "idle" });
  const [result, setResult] = useState<{
    readonly result: ClassifyResult;
    readonly imageName: string;
    /** The single run that produced it; older than `latest` means a newer run is on its way. */
    readonly token: number;
  } | null>(null);
  const [latest, setLatest] = useState(0);
  const [compareRows, setCompareRows] = useState<readonly CompareRow[]>([]);
  const [compareProgress, setCompareProgress] = useState<CompareProgress | null>(null);
  const token = useRef(0);
  const latestSingle = useRef(0);

  const classifyOne = useCallback(
    async (
      image: ImageInput,
      modelId: string,
      backend: BackendChoice,
      timedRuns: number,
      mine: number,
      onPrediction?: (r: ClassifyResult) => void,
    ) => {
      const spec = modelSpecFor(modelId);
      if (!client || !spec)
        throw new InferenceError("inference-failed", "The inference worker is not ready yet.");
      return client.classify(spec, backend, image.blob, timedRuns, {
        onProgress: (loaded, total) =>
          mine === token.current && setRun({ status: "downloading", modelId, loaded, total }),
        onStage: (stage) => mine === token.current && setRun({ status: "busy", stage }),
        onPrediction: (r) => mine === token.current && onPrediction?.(r),
      });
    },
    [client],
  );

  const classify = useCallback(
    async (image: ImageInput, modelId: string, backend: BackendChoice, timedRuns: number) => {
      const mine = ++token.current;
      latestSingle.current = mine;
      setLatest(mine);
      setCompareProgress((p) => (p?.current ? { ...p, current: null, stopped: true } : p));
      setRun({ status: "busy", stage: "preprocessing" });
      try {
        const show = (r: ClassifyResult) =>
          setResult({ result: r, imageName: image.name, token: mine });
        const r = await classifyOne(image, modelId, backend, timedRuns, mine, show);
        // A compare started meanwhile does not hide this run's timing; a newer single run does.
        if (mine !== latestSingle.current) return;
        show(r);
        if (mine === token.current) setRun({ status: "done" });
      } catch (err) {
        if (mine !== token.current) return;
        setResult(null);
        setRun(toError(err));
      }
    },
    [classifyOne],
  );

  const compare = useCallback(
    async (
      image: ImageInput,
      modelIds: readonly string[],
      backends: readonly (Backend | BackendChoice)[],
      timedRuns: number,
    ) => {
      const mine = ++token.current;
      setCompareRows([]);
      const rows: CompareRow[] = [];
      const total = backends.length * modelIds.length;
      for (const backend of backends) {
        for (const modelId of modelIds) {
          if (mine !== token.current) return;
          const current = { modelId, backend: backend.toUpperCase() };
          setCompareProgress({ done: rows.length, total, current, stopped: false });
          setRun({
            status: "busy",
            stage: "running",
            label: `Comparing ${rows.length + 1} of ${total}: ${modelId} on ${current.backend}…`,
          });
          try {
            const r = await classifyOne(image, modelId, backend, timedRuns, mine);
            rows.push({ modelId, backend: r.backend, result: r });
          } catch (err) {
            rows.push({
              modelId,
              backend: backend === "webgpu" ? "webgpu" : "wasm",
              error: toError(err).message,
            });
          }
          if (mine === token.current) setCompareRows([...rows]);
        }
      }
      if (mine !== token.current) return;
      setCompareProgress({ done: rows.length, total, current: null, stopped: false });
      setRun({ status: "done" });
    },
    [classifyOne],
  );

  /** Stops a compare run after the model running now (its rows so far stay on screen). */
  const stopCompare = useCallback(() => {
    token.current++;
    setCompareProgress((p) => p && { ...p, current: null, stopped: true });
    setRun({ status: "done" });
  }, []);

  const fail = useCallback((state: Extract<RunState, { status: "error" }>) => {
    latestSingle.current = ++token.current;
    setCompareProgress((p) => (p?.current ? { ...p, current: null, stopped: true } : p));
    setResult(null);
    setRun(state);
  }, []);

  // Compare runs leave the single result alone, so only a newer single run makes it stale.
  const stale = result !== null && result.token !== latest;
  const comparing = compareProgress !== null && compareProgress.current !== null;
  return {
    run,
    result,
    stale,
    compareRows,
    compareProgress,
    comparing,
    classify,
    compare,
    stopCompare,
    fail,
  };
}
