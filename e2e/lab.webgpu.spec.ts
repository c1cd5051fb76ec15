import { expect, test } from "./fixtures/test";
import { mkdirSync } from "node:fs";

/**
 * The lab on WebGPU (run by the `webgpu` project, Chromium with --enable-unsafe-webgpu). Here the adapter
 * is SwiftShader, a CPU emulation ~100× slower than WASM, so the grid is one tiny model on both backends
 * with one timed run. Without any adapter the page must fall back to WASM and say so.
 */
test("times V3-Small α 0.5 at 96 px on WASM and WebGPU; software adapters are labelled", async ({
  page,
}) => {
  mkdirSync("e2e/screenshots/lab", { recursive: true });
  await page.goto("/lab?models=v3-small&alpha=0.5&res=96&backends=wasm,webgpu&runs=1");
  const run = page.getByRole("button", { name: "Run 2 points" });
  await expect(run).toBeEnabled();
  const hasAdapter = await page.evaluate(async () => {
    const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
    return Boolean(gpu && (await gpu.requestAdapter()));
  });
  await run.click();
  const status = page.getByTestId("lab-status");
  await expect(status).toContainText(/Done: \d points? measured\./, { timeout: 300_000 });
  await expect(status).not.toContainText("Failed");
  const rows = page.getByTestId("lab-row");
  if (!hasAdapter) {
    await expect(status).toContainText("WebGPU is not available here");
    await expect(rows).toHaveCount(1);
    return;
  }
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId("lab-point")).toHaveCount(2);
  const webgpuRow = rows.filter({ hasText: "WebGPU" });
  await expect(webgpuRow).toHaveCount(1);
  const info = await page.evaluate(async () => {
    const gpu = (
      navigator as Navigator & {
        gpu?: { requestAdapter(): Promise<{ info?: { architecture?: string } } | null> };
      }
    ).gpu;
    return (await gpu?.requestAdapter())?.info?.architecture ?? "";
  });
  if (/swiftshader/i.test(info)) await expect(webgpuRow).toContainText("software adapter");
  await expect(webgpuRow).toContainText("not available"); // no per-op split on WebGPU
  await page.screenshot({ path: "e2e/screenshots/lab/lab-webgpu-1280.png", fullPage: true });
});
