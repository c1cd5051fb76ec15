/** Why a file cannot be analysed, in one sentence a user can act on. */
export type ModelFileProblem =
  "too-big" | "not-onnx" | "truncated" | "external-data" | "opset" | "no-graph";

/** A bad file: `message` is the one sentence the page shows. */
export class ModelFileError extends Error {
  constructor(
    readonly problem: ModelFileProblem,
    message: string,
  ) {
    super(message);
    this.name = "ModelFileError";
  }
}

/** Files above this are refused from their size alone, before a byte is read (the tab would run out of memory). */
export const MAX_MODEL_BYTES = 200 * 1024 * 1024;

/** One sentence for a file over the limit, stating the limit. */
export function tooBigMessage(bytes: number): string {
  const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
  return `This file is ${mb(bytes)}; the page reads models up to ${mb(MAX_MODEL_BYTES)}.`;
}
