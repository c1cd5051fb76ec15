"use client";

/**
 * One inside worker shared by every block page of the tab: moving to the next block, changing the
 * stage or following a link to another block page keeps its session and the last photo's run, since
 * the worker already holds thumbnails of every layer. Closed a while after no block page uses it.
 */
import { InsideClient } from "@/lib/inside/inside-client";
import type { EngineRef, InsideRunResult, InsideSession } from "@/lib/inside/inside-protocol";
import type { ModelSpec } from "@/lib/inference/protocol";

/** Block pages show thumbnails only: no layer is kept at full size. */
const NO_LAYER_IN_FULL = -1;

/** How long the worker outlives the last block page (a client-side navigation remounts it at once). */
const IDLE_CLOSE_MS = 60_000;

interface Shared {
  readonly client: InsideClient;
  /** Which worker this is (1 for the tab's first): lets a test see that none was started again. */
  readonly serial: number;
  session: { readonly modelId: string; readonly ready: Promise<InsideSession> } | null;
  run: {
    readonly modelId: string;
    readonly photo: Blob;
    readonly done: Promise<InsideRunResult>;
  } | null;
}

let shared: Shared | null = null;
let created = 0;
let users = 0;
let closeTimer: ReturnType<typeof setTimeout> | null = null;

/** The photo and the mode outlive a block page too, so the next one shows the same photo at once. */
export const blockPhotoMemory: { on: boolean; photo: Blob | null } = { on: false, photo: null };

function worker(): Shared {
  if (!shared) {
    created += 1;
    shared = { client: new InsideClient(), serial: created, session: null, run: null };
  }
  return shared;
}

function forget(s: Shared): void {
  if (shared !== s) return;
  s.client.terminate();
  shared = null;
}

/** A block page starts using the shared worker; call the returned function when it stops. */
export function retainSharedWorker(): () => void {
  users += 1;
  if (closeTimer) clearTimeout(closeTimer);
  closeTimer = null;
  return () => {
    users -= 1;
    if (users > 0) return;
    closeTimer = setTimeout(() => shared && forget(shared), IDLE_CLOSE_MS);
  };
}

export interface SharedRun {
  readonly session: InsideSession;
  readonly run: InsideRunResult;
  readonly client: InsideClient;
  readonly serial: number;
}

/**
 * The model open and this photo run in the shared worker: reuses the open session and, when the
 * photo and model are the last run's, that run (no new inference).
 */
export async function sharedRun(
  spec: ModelSpec,
  engine: EngineRef,
  photo: Blob,
  onStep: (what: string) => void,
): Promise<SharedRun> {
  const s = worker();
  try {
    if (s.session?.modelId !== spec.id) {
      onStep("Loading the real model…");
      s.run = null; // a newly opened model drops the worker's last run
      s.session = { modelId: spec.id, ready: s.client.open(spec, engine, "wasm") };
    }
    const session = await s.session.ready;
    if (s.run?.modelId !== spec.id || s.run.photo !== photo) {
      onStep("Running your photo through it…");
      s.run = { modelId: spec.id, photo, done: s.client.run(spec.id, photo, NO_LAYER_IN_FULL) };
    }
    return { session, run: await s.run.done, client: s.client, serial: s.serial };
  } catch (err) {
    forget(s); // a failed or crashed worker is not reused
    throw err;
  }
}
