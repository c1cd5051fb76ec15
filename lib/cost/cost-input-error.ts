/** Why a cost request was rejected; each code maps to one human message. */
export type CostInputErrorCode =
  "unknown-model" | "invalid-alpha" | "invalid-resolution" | "invalid-option" | "invalid-layer";

/** Thrown instead of ever returning NaN/Infinity costs for bad inputs. */
export class CostInputError extends Error {
  readonly code: CostInputErrorCode;

  constructor(code: CostInputErrorCode, message: string) {
    super(message);
    this.name = "CostInputError";
    this.code = code;
  }
}
