/**
 * A worker's side of the request/reply protocol (lib/inference/worker-messages): requests handled
 * one at a time in arrival order, since one ORT session must never run twice at once, and a failed
 * request answered with one error reply while the queue goes on.
 */
import { asInferenceError } from "./errors";
import type { ErrorReply, PlainErrorReply } from "./worker-messages";

export function serveInOrder<Req extends { readonly id: number }>(
  scope: DedicatedWorkerGlobalScope,
  handle: (req: Req) => Promise<void>,
  failed: (req: Req, err: unknown) => void,
): void {
  let queue: Promise<void> = Promise.resolve();
  scope.onmessage = (event: MessageEvent<Req>) => {
    const req = event.data;
    queue = queue.then(() => handle(req)).catch((err: unknown) => failed(req, err));
  };
}

/** A failure as an error reply: one of ours keeps its code, anything else is "inference-failed". */
export function errorReply(id: number, err: unknown): ErrorReply {
  const e = asInferenceError(err);
  return { type: "error", id, code: e.code, message: e.message };
}

/** A failure as a reply without a code, for workers whose messages are all shown as they are. */
export function plainErrorReply(id: number, err: unknown): PlainErrorReply {
  return { type: "error", id, message: err instanceof Error ? err.message : String(err) };
}
