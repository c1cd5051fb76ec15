/**
 * The message shapes every worker protocol shares: each request carries an id, each reply echoes
 * it; a download reports progress and a failure one human message. Feature protocols (classify,
 * inside, detect, teach, model-file, lab, layer-timing) add their own request and reply kinds.
 */
import type { InferenceErrorCode } from "./errors";

/** One kind of message of a protocol: its type, the request's id, and its own fields. */
export type Message<Type extends string, Fields extends object = object> = {
  readonly type: Type;
  readonly id: number;
} & Readonly<Fields>;

/** A request as the caller writes it: the client adds the id. Distributes over a union of requests. */
export type WithoutId<R> = R extends unknown ? Omit<R, "id"> : never;

/** Bytes of a model received so far; total is null when the server did not say. */
export interface ProgressReply {
  readonly type: "progress";
  readonly id: number;
  readonly loaded: number;
  readonly total: number | null;
}

/** A failed request: `message` is shown to the user as it is. */
export interface ErrorReply<Code extends string = InferenceErrorCode> {
  readonly type: "error";
  readonly id: number;
  readonly code: Code;
  readonly message: string;
}

/** A failure without a code, for workers whose errors are not inference errors (lab, layer timing). */
export interface PlainErrorReply {
  readonly type: "error";
  readonly id: number;
  readonly message: string;
}
