import { describe, expect, it } from "vitest";
import { InferenceError } from "./errors";
import { errorReply, plainErrorReply, serveInOrder } from "./serve-in-order";

type Req = { readonly id: number; readonly ms: number; readonly fail?: boolean };

describe("serveInOrder", () => {
  it("handles requests one at a time in arrival order, and a failure does not stop the queue", async () => {
    const scope = { onmessage: null } as unknown as DedicatedWorkerGlobalScope;
    const log: string[] = [];
    const failures: number[] = [];
    serveInOrder<Req>(
      scope,
      async (req) => {
        log.push(`start ${req.id}`);
        await new Promise((r) => setTimeout(r, req.ms));
        if (req.fail) throw new Error("boom");
        log.push(`end ${req.id}`);
      },
      (req) => failures.push(req.id),
    );
    const send = (req: Req) => scope.onmessage?.({ data: req } as MessageEvent<Req>);
    send({ id: 1, ms: 20 });
    send({ id: 2, ms: 1, fail: true });
    send({ id: 3, ms: 1 });
    await new Promise((r) => setTimeout(r, 80));
    expect(log).toEqual(["start 1", "end 1", "start 2", "start 3", "end 3"]);
    expect(failures).toEqual([2]);
  });
});

describe("error replies", () => {
  it("keep one of our codes and call anything else inference-failed", () => {
    expect(errorReply(4, new InferenceError("model-missing", "No model."))).toEqual({
      type: "error",
      id: 4,
      code: "model-missing",
      message: "No model.",
    });
    expect(errorReply(5, new TypeError("x is undefined")).code).toBe("inference-failed");
    expect(plainErrorReply(6, "a string")).toEqual({ type: "error", id: 6, message: "a string" });
  });
});
