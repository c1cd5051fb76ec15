import { expect, test } from "./fixtures/test";
import { MODELS } from "./fixtures/classify-helpers";
import { chooseInsideBackend, shownStats, waitForRun } from "./fixtures/inside-helpers";

/**
 * /inside on WebGPU. Headless Chromium's adapter here is SwiftShader (WebGPU on the CPU), so this
 * proves the exposed-outputs session runs on WebGPU and gives WASM's numbers; its times mean nothing.
 * Lean on purpose: the fastest model (V3-Small), one photo, one layer.
 */
const MODEL = "mobilenet-v3-small-1.0-224";
const LAYER = "block4/project"; // linear: negative and positive values, no clipping to hide errors

test("WebGPU on /inside: the page says so, and a layer's stats agree with WASM's for the same photo", async ({
  page,
}) => {
  test.skip(!MODELS.includes(MODEL), `${MODEL} is not installed`);
  test.setTimeout(300_000);
  await page.goto(`/inside?model=${MODEL}&layer=${LAYER}`);
  const adapter = await page.evaluate(async () => {
    const gpu = (navigator as { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
    return gpu ? (await gpu.requestAdapter()) !== null : false;
  });
  test.skip(!adapter, "this browser has no WebGPU adapter");

  await chooseInsideBackend(page, "WASM");
  await expect(page.getByTestId("inside-status")).toHaveAttribute("data-status", "idle", {
    timeout: 120_000,
  });
  await page.getByTestId("sample-chelsea-cat.jpg").click();
  expect(await waitForRun(page, 1)).toBe("wasm");
  await expect(page.getByTestId("layer-view")).toHaveAttribute("data-layer", LAYER);
  const wasm = await shownStats(page);
  const wasmTop1 = await page.locator("#result-heading").textContent();

  // Choosing WebGPU opens a WebGPU session and runs the same photo again.
  await chooseInsideBackend(page, "WebGPU");
  expect(await waitForRun(page, 2, 240_000)).toBe("webgpu");
  await expect(page.getByTestId("run-summary")).toContainText("on WebGPU with all");
  await expect(page.getByTestId("fallback")).toHaveCount(0);
  await expect(page.getByTestId("layer-view")).toHaveAttribute("data-layer", LAYER);
  await expect(page.locator("#result-heading")).toHaveText(wasmTop1 ?? "");
  const gpu = await shownStats(page);
  // Float32 on another backend: equal up to rounding that grows through 9 layers; 0.2 % of the range.
  const tol = 2e-3 * (wasm.max - wasm.min);
  expect(wasm.min).toBeLessThan(0);
  for (const k of ["min", "max", "mean"] as const)
    expect(
      Math.abs(gpu[k] - wasm[k]),
      `${LAYER} ${k}: WebGPU ${gpu[k]} vs WASM ${wasm[k]}`,
    ).toBeLessThan(tol);
  expect(Math.abs(gpu.zeros - wasm.zeros)).toBeLessThan(0.01);
});
