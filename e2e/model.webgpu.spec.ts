import { expect, test } from "./fixtures/test";
import { generateModelFixtures, modelFixture } from "./fixtures/model-files";
import { dropOnnx, openModelPage } from "./fixtures/model-page";

/**
 * /model on WebGPU (the `webgpu` project): the fp32 MobileNetV4 stand-in is timed on WebGPU and its
 * adapter is named; a software adapter (SwiftShader) is labelled as such. Without an adapter the
 * WebGPU button says why it is off.
 */
test.beforeAll(() => {
  generateModelFixtures();
});

test("times the fp32 stand-in on WebGPU, or says why WebGPU is off", async ({ page }) => {
  await openModelPage(page);
  await dropOnnx(page, "model.onnx", modelFixture("v4-fp32-stand-in.onnx"));
  const button = page.getByRole("button", { name: "Time on WebGPU" });
  await expect(button).toBeVisible();
  if (await button.isDisabled()) {
    await expect(page.getByText("WebGPU is not available here:")).toBeVisible();
    return;
  }
  await button.click();
  const timing = page.getByTestId("timing-webgpu");
  await expect(timing).toBeVisible({ timeout: 300_000 });
  await expect(timing).toContainText("WebGPU (");
  if (/swiftshader/i.test((await timing.textContent()) ?? ""))
    await expect(timing).toContainText("software emulation (SwiftShader)");
  expect(
    Number.parseFloat((await page.getByTestId("median-webgpu").textContent()) ?? ""),
  ).toBeGreaterThan(0);
});
