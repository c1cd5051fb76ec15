/**
 * A promise API over a worker, shared by every feature's client: request ids, updates before the
 * answer (download progress, stages, a first result), a timeout, and a crashed worker turned into
 * one clear error for every pending request. Each reply echoes its request's id.
 */
import { InferenceError, type InferenceErrorCode } from "./errors";
import type { WithoutId } from "./worker-messages";

interface Message {
  readonly id: number;
  readonly type: string;
}

/** Hears a request's replies before its answer; returns true when `msg` was such an update. */
export type OnUpdate<Res> = (msg: Res) => boolean;

export interface RpcOptions {
  /** How messages name the worker: "the inside worker". */
  readonly label: string;
  /** Generous by default: a first WebGPU session on a software adapter can take minutes. */
  readonly timeoutMs?: number;
  /** What a crash tells the user to do next. */
  readonly crashAdvice?: string;
  /** Hears a crash after every pending request has failed; the worker is ended then. */
  readonly onCrash?: (reason: string) => void;
  /** The error a failed reply becomes; by default an InferenceError with the reply's code. */
  readonly replyError?: (code: string | undefined, message: string) => Error;
}

interface Pending<Res> {
  readonly resolve: (msg: Res) => void;
  readonly reject: (err: Error) => void;
  readonly onUpdate?: OnUpdate<Res>;
  readonly timer: ReturnType<typeof setTimeout>;
}

const TEN_MINUTES = 10 * 60_000;

export class WorkerRpc<Req extends Message, Res extends Message> {
  private readonly pending = new Map<number, Pending<Res>>();
  private nextId = 1;

  constructor(
    private readonly worker: Worker,
    private readonly options: RpcOptions,
  ) {
    worker.onmessage = (e: MessageEvent<Res>) => this.receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      const reason = e.message || "it could not start";
      // An owner that hears of crashes starts a new worker; without one, this worker goes on.
      if (options.onCrash) worker.terminate();
      const advice = options.crashAdvice ?? "Reload the page to try again.";
      this.failPending(
        new InferenceError(
          "worker-crashed",
          `${capital(options.label)} stopped (${reason}). ${advice}`,
        ),
      );
      options.onCrash?.(reason);
    };
  }

  /** Sends a request; `transfer` hands buffers or bitmaps over (unusable here afterwards). */
  request(
    payload: WithoutId<Req>,
    onUpdate?: OnUpdate<Res>,
    transfer: Transferable[] = [],
  ): Promise<Res> {
    const id = this.nextId++;
    const timeoutMs = this.options.timeoutMs ?? TEN_MINUTES;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        const after = `${Math.round(timeoutMs / 60_000)} minutes`;
        reject(
          new InferenceError("timeout", `No answer from ${this.options.label} after ${after}.`),
        );
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, onUpdate, timer });
      this.worker.postMessage({ ...payload, id } as Req, transfer);
    });
  }

  /** A request whose answer must be of one kind (`answer`); any other is an error. */
  async ask<T extends Res["type"]>(
    payload: WithoutId<Req>,
    answer: T,
    onUpdate?: OnUpdate<Res>,
    transfer: Transferable[] = [],
  ): Promise<Extract<Res, { type: T }>> {
    const msg = await this.request(payload, onUpdate, transfer);
    if (msg.type !== answer) throw this.unexpected(msg);
    return msg as Extract<Res, { type: T }>;
  }

  /** A message outside the request/answer pairs (e.g. "stop the run with this id"). */
  notify(message: Req): void {
    this.worker.postMessage(message);
  }

  /** The id the next request will get. */
  get upcomingId(): number {
    return this.nextId;
  }

  /** The error for an answer of the wrong kind. */
  unexpected(msg: Res): InferenceError {
    return new InferenceError(
      "inference-failed",
      `Unexpected reply from ${this.options.label}: ${msg.type}.`,
    );
  }

  /** Rejects every pending request with `err`; the worker goes on. */
  failPending(err: Error): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
  }

  /** Ends the worker; pending requests fail with `err` (by default: "… was closed"). */
  terminate(err?: Error): void {
    this.worker.terminate();
    this.failPending(
      err ?? new InferenceError("worker-crashed", `${capital(this.options.label)} was closed.`),
    );
  }

  private receive(msg: Res): void {
    const p = this.pending.get(msg.id);
    if (!p || p.onUpdate?.(msg)) return;
    clearTimeout(p.timer);
    this.pending.delete(msg.id);
    if (msg.type === "error") p.reject(this.replyError(msg));
    else p.resolve(msg);
  }

  private replyError(msg: Message): Error {
    const { code, message } = msg as Message & { code?: string; message: string };
    if (this.options.replyError) return this.options.replyError(code, message);
    return new InferenceError((code ?? "inference-failed") as InferenceErrorCode, message);
  }
}

/** Hands replies of one kind to `hear` as updates; replies of any other kind are not updates. */
export function updatesOf<Res extends Message, T extends Res["type"]>(
  type: T,
  hear: (msg: Extract<Res, { type: T }>) => void,
): OnUpdate<Res> {
  return (msg) => {
    if (msg.type !== type) return false;
    hear(msg as Extract<Res, { type: T }>);
    return true;
  };
}

/** Forwards a download's progress replies to `onProgress`. */
export function progressUpdates<Res extends Message>(
  onProgress?: (loaded: number, total: number | null) => void,
): OnUpdate<Res> {
  return (msg) => {
    if (msg.type !== "progress") return false;
    const { loaded, total } = msg as Res & { loaded: number; total: number | null };
    onProgress?.(loaded, total);
    return true;
  };
}

function capital(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
