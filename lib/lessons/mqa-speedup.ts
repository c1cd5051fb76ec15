import { V4_TABLE2_EDGETPU_MS } from "../arch/published";

export interface MqaSpeedup {
  readonly baseMs: number;
  readonly withMhsaMs: number;
  readonly withMqaMs: number;
  /** Latency the three attention blocks add, as MHSA and as Mobile MQA. */
  readonly addedByMhsaMs: number;
  readonly addedByMqaMs: number;
  /** How much less latency MQA adds than MHSA, as a fraction: the paper's "39 %". */
  readonly cutOfAddedLatency: number;
  /** How much faster the whole model with MQA is than the whole model with MHSA, as a fraction. */
  readonly wholeModelSpeedup: number;
}

/**
 * What the V4 paper's "39 % speedup" measures (Tab. 2, Pixel 8 EdgeTPU): the cut in the latency that
 * three attention blocks *add* to a base model, not an end-to-end speed-up (facts §A.4).
 */
export function mqaSpeedup(t = V4_TABLE2_EDGETPU_MS): MqaSpeedup {
  const addedByMhsaMs = t.withMhsa - t.base;
  const addedByMqaMs = t.withMqa - t.base;
  return {
    baseMs: t.base,
    withMhsaMs: t.withMhsa,
    withMqaMs: t.withMqa,
    addedByMhsaMs,
    addedByMqaMs,
    cutOfAddedLatency: 1 - addedByMqaMs / addedByMhsaMs,
    wholeModelSpeedup: 1 - t.withMqa / t.withMhsa,
  };
}
