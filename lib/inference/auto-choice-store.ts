/**
 * Auto's timed choices in localStorage, one per model and device. Main thread only (workers have no
 * localStorage). Storage can be missing or throw (private modes, sandboxed frames, quota): then Auto
 * simply times again next visit.
 */
import {
  autoChoiceKey,
  parseAutoTiming,
  serializeAutoTiming,
  type AutoTiming,
} from "@/lib/backend-choice/auto-choice";
import type { BackendChoice } from "@/lib/backend-choice/backend";

export type ChoiceStorage = Pick<Storage, "getItem" | "setItem">;

/** The page's localStorage, or null where touching it throws. */
export function browserStorage(): ChoiceStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readAutoChoice(
  storage: ChoiceStorage | null,
  deviceKey: string,
  modelId: string,
): AutoTiming | null {
  try {
    return parseAutoTiming(storage?.getItem(autoChoiceKey(deviceKey, modelId)) ?? null);
  } catch {
    return null;
  }
}

export function rememberAutoChoice(
  storage: ChoiceStorage | null,
  deviceKey: string,
  modelId: string,
  timing: AutoTiming,
): void {
  try {
    storage?.setItem(autoChoiceKey(deviceKey, modelId), serializeAutoTiming(timing));
  } catch {
    // Not remembered: the next visit times again, which is slower but still right.
  }
}

/**
 * A client's view of Auto's memory: the device key arrives with the worker's probe; requests then
 * carry the stored choice along (the worker has no localStorage) and freshly timed ones are kept.
 */
export class AutoMemory {
  private deviceKey: string | null = null;

  constructor(private readonly storage: ChoiceStorage | null = browserStorage()) {}

  /** The probed device, which choices are stored under. */
  setDevice(deviceKey: string): void {
    this.deviceKey = deviceKey;
  }

  /** The stored choice to send with a request; only Auto uses one. */
  recall(modelId: string, backend: BackendChoice): AutoTiming | null {
    return backend === "auto" && this.deviceKey
      ? readAutoChoice(this.storage, this.deviceKey, modelId)
      : null;
  }

  /** Keeps a choice Auto has just timed, so the next visit reuses it instead of timing again. */
  keep(
    modelId: string,
    timing: AutoTiming | null | undefined,
    timedNow: boolean | undefined,
  ): void {
    if (timedNow && timing && this.deviceKey)
      rememberAutoChoice(this.storage, this.deviceKey, modelId, timing);
  }
}
