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
