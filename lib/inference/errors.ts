/** Every way classification can fail, each with one human message. The UI shows `message` as is. */

export type InferenceErrorCode =
  | "empty-file"
  | "file-too-large"
  | "not-an-image"
  | "svg-unsupported"
  | "decode-failed"
  | "too-many-pixels"
  | "model-missing"
  | "model-fetch-failed"
  | "model-checksum-mismatch"
  | "webgpu-unavailable"
  | "session-create-failed"
  | "inference-failed"
  | "worker-crashed"
  | "timeout";

/** What the user should read first for each code; the message adds the specifics. */
export const ERROR_TITLES: Readonly<Record<InferenceErrorCode, string>> = {
  "empty-file": "Empty file",
  "file-too-large": "File too large",
  "not-an-image": "Not an image",
  "svg-unsupported": "SVG is not supported",
  "decode-failed": "The image could not be decoded",
  "too-many-pixels": "Image too large",
  "model-missing": "Model file missing",
  "model-fetch-failed": "Model could not be downloaded",
  "model-checksum-mismatch": "Model file is corrupt",
  "webgpu-unavailable": "WebGPU is not available",
  "session-create-failed": "The model could not be started",
  "inference-failed": "Inference failed",
  "worker-crashed": "The inference worker stopped",
  timeout: "Timed out",
};

export class InferenceError extends Error {
  readonly code: InferenceErrorCode;
  constructor(code: InferenceErrorCode, message: string) {
    super(message);
    this.name = "InferenceError";
    this.code = code;
  }
}

/** Any failure as an InferenceError: one of ours as it is, anything else as "inference-failed". */
export function asInferenceError(err: unknown): InferenceError {
  if (err instanceof InferenceError) return err;
  return new InferenceError(
    "inference-failed",
    `Something went wrong: ${(err as Error)?.message ?? String(err)}`,
  );
}

/** Largest file accepted (bytes) and largest decoded image (pixels): 8000×8000 = 64 MP still fits. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_PIXELS = 100_000_000;

export const SETUP_HINT =
  "Run `npm run setup:models` (copies them from ../shared/models), then restart the server.";
