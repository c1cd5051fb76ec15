import { describe, expect, it } from "vitest";
import { mqaSpeedup } from "./mqa-speedup";

describe("the V4 paper's 39 % (Tab. 2, Pixel 8 EdgeTPU)", () => {
  const s = mqaSpeedup();

  it("is the cut in the latency the attention blocks add: 0.41 ms with MHSA, 0.25 ms with MQA", () => {
    expect(s.addedByMhsaMs).toBeCloseTo(0.41, 10);
    expect(s.addedByMqaMs).toBeCloseTo(0.25, 10);
    expect(Math.round(100 * s.cutOfAddedLatency)).toBe(39);
  });

  it("is not an end-to-end speed-up: the whole model gets about 6 % faster", () => {
    expect((100 * s.wholeModelSpeedup).toFixed(1)).toBe("5.8");
  });
});
