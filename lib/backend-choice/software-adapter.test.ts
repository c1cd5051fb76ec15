import { expect, test } from "vitest";
import { softwareEmulationName } from "./software-adapter";

test("softwareEmulationName(headless Chromium's adapter) names SwiftShader", () => {
  expect(softwareEmulationName({ vendor: "google", architecture: "swiftshader" })).toBe(
    "SwiftShader",
  );
});

test("softwareEmulationName names Mesa's and Windows' software rasterizers", () => {
  expect(
    softwareEmulationName({ vendor: "mesa", description: "llvmpipe (LLVM 15.0.6, 256 bits)" }),
  ).toBe("llvmpipe");
  expect(softwareEmulationName({ description: "Microsoft Basic Render Driver" })).toBe("WARP");
});

test("softwareEmulationName trusts isFallbackAdapter even without a known name", () => {
  expect(softwareEmulationName({ vendor: "acme", isFallbackAdapter: true })).toBe(
    "a fallback adapter",
  );
});

test("softwareEmulationName(hardware GPUs) is null", () => {
  expect(softwareEmulationName({ vendor: "nvidia", architecture: "ampere" })).toBeNull();
  expect(softwareEmulationName({ vendor: "apple", architecture: "metal-3" })).toBeNull();
  expect(
    softwareEmulationName({ vendor: "intel", architecture: "gen-12lp", isFallbackAdapter: false }),
  ).toBeNull();
});
