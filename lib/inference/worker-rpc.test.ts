import { afterEach, describe, expect, it, vi } from "vitest";
import { InferenceError } from "./errors";
import { progressUpdates, updatesOf, WorkerRpc } from "./worker-rpc";

type Req = { readonly id: number; readonly type: "open" | "run" };
type Res =
  | {
      readonly id: number;
      readonly type: "progress";
      readonly loaded: number;
      readonly total: number;
    }
  | { readonly id: number; readonly type: "opened" | "ran" }
  | {
      readonly id: number;
      readonly type: "error";
      readonly code: string;
      readonly message: string;
    };

/** Just enough of a Worker: what was posted, and a way to answer or crash. */
class FakeWorker {
  readonly posted: Req[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<Res>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(msg: Req): void {
    this.posted.push(msg);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(msg: Res): void {
    this.onmessage?.({ data: msg } as MessageEvent<Res>);
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

function rpcOver(options: Partial<ConstructorParameters<typeof WorkerRpc>[1]> = {}) {
  const worker = new FakeWorker();
  const rpc = new WorkerRpc<Req, Res>(worker as unknown as Worker, {
    label: "the test worker",
    ...options,
  });
  return { worker, rpc };
}

afterEach(() => vi.useRealTimers());

describe("WorkerRpc", () => {
  it("numbers requests and resolves each with the reply that echoes its id", async () => {
    const { worker, rpc } = rpcOver();
    const first = rpc.request({ type: "open" });
    const second = rpc.request({ type: "run" });
    expect(worker.posted.map((m) => m.id)).toEqual([1, 2]);
    worker.reply({ id: 2, type: "ran" });
    worker.reply({ id: 1, type: "opened" });
    await expect(first).resolves.toEqual({ id: 1, type: "opened" });
    await expect(second).resolves.toEqual({ id: 2, type: "ran" });
  });

  it("passes updates to the request's listener until the answer comes", async () => {
    const { worker, rpc } = rpcOver();
    const seen: number[] = [];
    const opened = rpc.ask(
      { type: "open" },
      "opened",
      progressUpdates((loaded) => seen.push(loaded)),
    );
    worker.reply({ id: 1, type: "progress", loaded: 10, total: 100 });
    worker.reply({ id: 1, type: "progress", loaded: 100, total: 100 });
    worker.reply({ id: 1, type: "opened" });
    await expect(opened).resolves.toMatchObject({ type: "opened" });
    expect(seen).toEqual([10, 100]);
  });

  it("hears only the kind of update it was given", () => {
    const heard: number[] = [];
    const onProgress = updatesOf<Res, "progress">("progress", (m) => heard.push(m.loaded));
    expect(onProgress({ id: 1, type: "progress", loaded: 5, total: 10 })).toBe(true);
    expect(onProgress({ id: 1, type: "opened" })).toBe(false);
    expect(heard).toEqual([5]);
  });

  it("turns an error reply into an InferenceError with its code, or into the owner's error", async () => {
    const { worker, rpc } = rpcOver();
    const failing = rpc.request({ type: "open" });
    worker.reply({ id: 1, type: "error", code: "model-missing", message: "No model here." });
    await expect(failing).rejects.toMatchObject({
      code: "model-missing",
      message: "No model here.",
    });

    class Special extends Error {}
    const custom = rpcOver({ replyError: (_code, message) => new Special(message) });
    const other = custom.rpc.request({ type: "open" });
    custom.worker.reply({ id: 1, type: "error", code: "anything", message: "Odd." });
    await expect(other).rejects.toBeInstanceOf(Special);
  });

  it("rejects an answer of the wrong kind", async () => {
    const { worker, rpc } = rpcOver();
    const asked = rpc.ask({ type: "open" }, "opened");
    worker.reply({ id: 1, type: "ran" });
    await expect(asked).rejects.toThrow("Unexpected reply from the test worker: ran.");
  });

  it("fails every pending request when the worker crashes, ending it only for an owner that restarts", async () => {
    const plain = rpcOver();
    const pending = [plain.rpc.request({ type: "open" }), plain.rpc.request({ type: "run" })];
    plain.worker.crash("out of memory");
    for (const p of pending)
      await expect(p).rejects.toThrow(
        "The test worker stopped (out of memory). Reload the page to try again.",
      );
    expect(plain.worker.terminated).toBe(false);

    const onCrash = vi.fn();
    const owned = rpcOver({ onCrash, crashAdvice: "A new one is starting." });
    const request = owned.rpc.request({ type: "open" });
    owned.worker.crash("");
    await expect(request).rejects.toThrow("(it could not start). A new one is starting.");
    expect(onCrash).toHaveBeenCalledWith("it could not start");
    expect(owned.worker.terminated).toBe(true);
  });

  it("times out a request nobody answers, and terminate() fails what is left", async () => {
    vi.useFakeTimers();
    const { worker, rpc } = rpcOver({ timeoutMs: 60_000 });
    const slow = rpc.request({ type: "run" });
    vi.advanceTimersByTime(60_001);
    await expect(slow).rejects.toMatchObject({ code: "timeout" });
    const left = rpc.request({ type: "open" });
    rpc.terminate();
    await expect(left).rejects.toBeInstanceOf(InferenceError);
    expect(worker.terminated).toBe(true);
    worker.reply({ id: 2, type: "opened" }); // a late reply is ignored
  });
});
