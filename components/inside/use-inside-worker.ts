"use client";

import { useEffect, useRef, useState } from "react";
import { InsideClient, NoLayerMappingError } from "@/lib/inside/inside-client";
import type {
  EngineRef,
  InsideRunResult,
  InsideSession,
  LayerDetail,
} from "@/lib/inside/inside-protocol";
import type { BackendChoice, ModelSpec } from "@/lib/inference/protocol";

export type OpenState =
  | { readonly status: "idle" }
  | { readonly status: "opening"; readonly loaded: number; readonly total: number | null }
  | { readonly status: "ready"; readonly session: InsideSession }
  | { readonly status: "unmapped"; readonly message: string }
  | { readonly status: "error"; readonly message: string };

export type RunState =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | {
      readonly status: "done";
      readonly result: InsideRunResult;
      readonly imageName: string;
      /** Increments per photo, so a layer detail is never shown against the wrong run. */
      readonly runId: number;
    }
  | { readonly status: "error"; readonly message: string };

export type DetailState =
  | { readonly status: "idle" }
  | {
      readonly status: "done";
      readonly detail: LayerDetail;
      readonly runId: number;
      readonly ms: number;
    }
  | { readonly status: "error"; readonly message: string };

export interface PhotoInput {
  readonly blob: Blob;
  readonly name: string;
  /** Set when the photo is one of the site's open samples: its file name goes in the page's URL. */
  readonly sample?: string;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * One inside worker for the page's life: opens the chosen model (its exposed-outputs session), runs
 * each photo once, and fetches the selected layer's detail from that run.
 */
export function useInsideWorker(
  model: ModelSpec | null,
  engine: EngineRef | null,
  backend: BackendChoice,
  photo: PhotoInput | null,
  layerIndex: number,
) {
  const [client, setClient] = useState<InsideClient | null>(null);
  const [open, setOpen] = useState<OpenState>({ status: "idle" });
  const [run, setRun] = useState<RunState>({ status: "idle" });
  const [detail, setDetail] = useState<DetailState>({ status: "idle" });
  const runCounter = useRef(0);
  // The layer selected when a photo arrives is the one the worker keeps in full (others: thumbnails).
  const selected = useRef(layerIndex);
  useEffect(() => {
    selected.current = layerIndex;
  }, [layerIndex]);

  useEffect(() => {
    const c = new InsideClient();
    queueMicrotask(() => setClient(c));
    return () => c.terminate();
  }, []);

  useEffect(() => {
    if (!client || !model || !engine) return;
    let alive = true;
    queueMicrotask(() => alive && setOpen({ status: "opening", loaded: 0, total: model.bytes }));
    client
      .open(model, engine, backend, (loaded, total) => {
        if (alive) setOpen({ status: "opening", loaded, total });
      })
      .then((session) => alive && setOpen({ status: "ready", session }))
      .catch((err: unknown) => {
        if (!alive) return;
        setOpen(
          err instanceof NoLayerMappingError
            ? { status: "unmapped", message: err.message }
            : { status: "error", message: message(err) },
        );
      });
    return () => {
      alive = false;
    };
  }, [client, model, engine, backend]);

  const session = open.status === "ready" ? open.session : null;

  useEffect(() => {
    if (!client || !session || !photo) return;
    let alive = true;
    queueMicrotask(() => alive && setRun({ status: "running" }));
    client
      .run(session.modelId, photo.blob, selected.current)
      .then((result) => {
        if (!alive) return;
        runCounter.current += 1;
        setRun({ status: "done", result, imageName: photo.name, runId: runCounter.current });
      })
      .catch((err: unknown) => alive && setRun({ status: "error", message: message(err) }));
    return () => {
      alive = false;
    };
  }, [client, session, photo]);

  const runId = run.status === "done" ? run.runId : 0;

  useEffect(() => {
    if (!client || !session || runId === 0) return;
    let alive = true;
    // No "loading" state: the page already hides a detail whose index is not the selected layer's,
    // and one render fewer per click is time the layer opens sooner.
    const t0 = performance.now();
    client
      .layer(session.modelId, layerIndex)
      .then(
        (d) => alive && setDetail({ status: "done", detail: d, runId, ms: performance.now() - t0 }),
      )
      .catch((err: unknown) => alive && setDetail({ status: "error", message: message(err) }));
    return () => {
      alive = false;
    };
  }, [client, session, runId, layerIndex]);

  return { ready: client !== null, open, run, detail };
}
