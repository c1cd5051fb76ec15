import { describe, expect, it } from "vitest";
import { compareSentence, formatRatio } from "./compare-sentence";

const v1 = { name: "MobileNetV1 0.75-224", macs: 325_000_000 };
const v3 = { name: "MobileNetV3 Small 1.0-224", macs: 56_000_000 };
const v2 = { name: "MobileNetV2 1.0-224", macs: 300_000_000 };

describe("compareSentence", () => {
  it("sets the MACs ratio of the lightest and heaviest model against their time ratio", () => {
    const s = compareSentence([
      { ...v1, backend: "WASM", medianMs: 12 },
      { ...v2, backend: "WASM", medianMs: 15 },
      { ...v3, backend: "WASM", medianMs: 8 },
    ]);
    // 325/56 = 5.80…, 12/8 = 1.5
    expect(s).toBe(
      "On WASM, MobileNetV3 Small 1.0-224 needs 5.8× fewer multiply-adds than MobileNetV1 0.75-224 but ran only 1.5× faster (8.0 ms vs 12.0 ms): MACs are not milliseconds.",
    );
  });

  it("says so when time did follow MACs, and when the lighter model was not faster", () => {
    expect(
      compareSentence([
        { ...v1, backend: "WASM", medianMs: 58 },
        { ...v3, backend: "WASM", medianMs: 10 },
      ]),
    ).toContain("and ran 5.8× faster (10.0 ms vs 58.0 ms): here time followed MACs.");
    expect(
      compareSentence([
        { ...v1, backend: "WebGPU", medianMs: 5 },
        { ...v3, backend: "WebGPU", medianMs: 6 },
      ]),
    ).toContain("yet it was not faster (6.0 ms vs 5.0 ms)");
  });

  it("compares on one backend only: the one with most rows", () => {
    const s = compareSentence([
      { ...v1, backend: "WASM", medianMs: 12 },
      { ...v3, backend: "WASM", medianMs: 8 },
      { ...v2, backend: "WASM", medianMs: 15 },
      { ...v1, backend: "WebGPU", medianMs: 1 },
      { ...v3, backend: "WebGPU", medianMs: 100 },
    ]);
    expect(s).toMatch(/^On WASM, /);
    expect(s).toContain("(8.0 ms vs 12.0 ms)");
  });

  it("draws no conclusion from fewer than two usable rows", () => {
    expect(compareSentence([])).toBeNull();
    expect(compareSentence([{ ...v1, backend: "WASM", medianMs: 12 }])).toBeNull();
    expect(
      compareSentence([
        { ...v1, backend: "WASM", medianMs: 12 },
        { ...v3, backend: "WebGPU", medianMs: 8 },
      ]),
    ).toBeNull();
    expect(
      compareSentence([
        { ...v1, backend: "WASM", medianMs: 12 },
        { name: "unknown", macs: null, backend: "WASM", medianMs: 8 },
      ]),
    ).toBeNull();
  });

  it("formats ratios with two significant figures", () => {
    expect(formatRatio(9.34)).toBe("9.3×");
    expect(formatRatio(14.4)).toBe("14×");
  });
});
