import { describe, expect, it, vi } from "vitest";
import { startWorkerClient } from "./start-worker-client";

describe("startWorkerClient", () => {
  it("returns the created client and reports nothing", async () => {
    const onError = vi.fn();
    const client = { id: 1 };
    expect(startWorkerClient(() => client, "test worker", onError)).toBe(client);
    await Promise.resolve();
    expect(onError).not.toHaveBeenCalled();
  });

  it("returns null when creation throws, and says why on the next microtask", async () => {
    const onError = vi.fn();
    const failing = () => {
      throw new Error("Worker is not defined");
    };
    expect(startWorkerClient(failing, "model worker", onError)).toBeNull();
    expect(onError).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(onError).toHaveBeenCalledWith("Could not start the model worker: Worker is not defined");
  });
});
