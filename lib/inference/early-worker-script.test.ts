import { describe, expect, it } from "vitest";
import { EARLY_WORKER_GLOBAL, earlyWorkerScript } from "./early-worker-script";
import { DEFAULT_MODEL_ID, initialModelId } from "./initial-model";
import type { ModelSpec } from "./protocol";

const SPEC: ModelSpec = {
  id: "mobilenet-v2-1.0-224",
  url: "/models/mobilenet-v2-1.0-224.onnx",
  sha256: "ab".repeat(32),
  bytes: 14_000_000,
  inputName: "input",
  outputName: "output",
  preprocessing: {
    resize_shorter: 256,
    center_crop: 224,
    mean: [0.485, 0.456, 0.406],
    std: [0.229, 0.224, 0.225],
    layout: "NCHW",
    scale: 1,
  } as unknown as ModelSpec["preprocessing"],
};

/** Runs the script text as a browser would, with a Worker that records what it was given. */
function run(script: string) {
  const made: { url: string; options: unknown; posted: unknown[] }[] = [];
  class FakeWorker {
    posted: unknown[] = [];
    constructor(url: string, options: unknown) {
      made.push({ url, options, posted: this.posted });
    }
    postMessage(msg: unknown) {
      this.posted.push(msg);
    }
  }
  const win: Record<string, unknown> = {};
  new Function("Worker", "window", script)(FakeWorker, win);
  return { made, win };
}

describe("earlyWorkerScript", () => {
  it("starts the prebuilt worker as a module, leaves it for the page and asks it to prefetch", () => {
    const prepared = {
      ok: true,
      url: "/models/8cbdde8abb983ca1/mobilenet-v2-1.0-224.ort.gz",
      sha256: "cd".repeat(32),
      gzBytes: 6_653_189,
      bytes: 14_000_000,
    };
    const { made, win } = run(
      earlyWorkerScript("/workers/abc/inference.worker.js", SPEC, prepared),
    );
    expect(made).toHaveLength(1);
    expect(made[0]?.url).toBe("/workers/abc/inference.worker.js");
    expect(made[0]?.options).toEqual({ type: "module", name: "inference" });
    expect(made[0]?.posted).toEqual([{ type: "prefetch", id: 0, model: SPEC, prepared }]);
    expect(win[EARLY_WORKER_GLOBAL]).toBeDefined();
  });

  it("starts the worker without a prefetch when no model is installed", () => {
    const { made } = run(earlyWorkerScript("/workers/abc/inference.worker.js", null));
    expect(made[0]?.posted).toEqual([]);
  });

  it("is empty without a prebuilt worker, so nothing starts twice", () => {
    expect(earlyWorkerScript("", SPEC)).toBe("");
  });

  it("cannot close its script element, whatever the strings hold", () => {
    const script = earlyWorkerScript("/workers/</script>/w.js", { ...SPEC, id: "</script>" });
    expect(script).not.toContain("</");
    expect(run(script).made[0]?.url).toBe("/workers/</script>/w.js");
  });

  it("swallows a Worker that cannot start (the page then starts its own)", () => {
    const script = earlyWorkerScript("/w.js", SPEC);
    expect(() =>
      new Function("Worker", "window", script)(function () {
        throw new Error("blocked");
      }, {}),
    ).not.toThrow();
  });
});

describe("initialModelId", () => {
  const card = (id: string, installed: boolean, remoteOnly = false) => ({
    id,
    installed,
    remoteOnly,
  });
  it("is V2 when installed, whatever the order", () => {
    expect(initialModelId([card("a", true), card(DEFAULT_MODEL_ID, true)])).toBe(DEFAULT_MODEL_ID);
  });
  it("is the first installed model without V2, then a remote-only one, then nothing", () => {
    expect(initialModelId([card(DEFAULT_MODEL_ID, false), card("b", true)])).toBe("b");
    expect(initialModelId([card("a", false), card("v4", false, true)])).toBe("v4");
    expect(initialModelId([])).toBe("");
  });
});
