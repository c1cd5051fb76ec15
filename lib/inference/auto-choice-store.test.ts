import { expect, test } from "vitest";
import {
  AutoMemory,
  readAutoChoice,
  rememberAutoChoice,
  type ChoiceStorage,
} from "./auto-choice-store";

function memoryStorage(): ChoiceStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
  };
}

test("rememberAutoChoice then readAutoChoice gives the choice back for the same model and device only", () => {
  const storage = memoryStorage();
  const timing = { backend: "webgpu", wasmMs: 18, webgpuMs: 4.1 } as const;
  rememberAutoChoice(storage, "nvidia|ampere|wasm-threads=2", "mobilenet-v2-1.0-224", timing);
  expect(readAutoChoice(storage, "nvidia|ampere|wasm-threads=2", "mobilenet-v2-1.0-224")).toEqual(
    timing,
  );
  expect(
    readAutoChoice(storage, "nvidia|ampere|wasm-threads=2", "mobilenet-v1-0.75-224"),
  ).toBeNull();
  expect(readAutoChoice(storage, "amd|rdna-3|wasm-threads=2", "mobilenet-v2-1.0-224")).toBeNull();
});

test("a storage that throws (private mode, quota) means nothing remembered, never an error", () => {
  const throwing: ChoiceStorage = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
  };
  const timing = { backend: "wasm", wasmMs: 9, webgpuMs: 30 } as const;
  expect(() => rememberAutoChoice(throwing, "d", "m", timing)).not.toThrow();
  expect(readAutoChoice(throwing, "d", "m")).toBeNull();
  expect(readAutoChoice(null, "d", "m")).toBeNull();
});

test("AutoMemory recalls only for Auto on the probed device, and keeps only freshly timed choices", () => {
  const storage = memoryStorage();
  const memory = new AutoMemory(storage);
  const timing = { backend: "wasm", wasmMs: 12, webgpuMs: 30 } as const;
  memory.keep("mobilenet-v2-1.0-224", timing, true);
  expect(storage.items.size).toBe(0); // no device yet
  memory.setDevice("swiftshader|wasm-threads=2");
  memory.keep("mobilenet-v2-1.0-224", timing, false);
  expect(storage.items.size).toBe(0); // a remembered choice is not stored again
  memory.keep("mobilenet-v2-1.0-224", timing, true);
  expect(memory.recall("mobilenet-v2-1.0-224", "auto")).toEqual(timing);
  expect(memory.recall("mobilenet-v2-1.0-224", "wasm")).toBeNull();
  expect(memory.recall("mobilenet-v1-0.75-224", "auto")).toBeNull();
});
