/**
 * /detect on WebGPU. Headless Chromium's adapter here is SwiftShader (WebGPU on the CPU): this proves
 * SSD and DeepLab give the reference decoder's answers through the WebGPU path, never that it is fast.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { REFS, classesFound, detections, iou } from "./fixtures/detect-helpers";

const ROOT = resolve(import.meta.dirname, "..");
/** Photos with confident detections; the dog is an ImageNet sample (local copy only). */
const OBJECT_PHOTOS = [
  "espresso.jpg",
  ...(existsSync(join(ROOT, "public/samples/imagenet/golden-retriever.jpg"))
    ? ["golden-retriever.jpg"]
    : []),
];
const THRESHOLD = 0.5;

async function hasWebGpuAdapter(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
    return Boolean(await gpu?.requestAdapter());
  });
}

async function useWebGpu(page: Page): Promise<void> {
  const radio = page.getByRole("radio", { name: "WebGPU", exact: true });
  await expect(radio).toBeEnabled({ timeout: 60_000 });
  await radio.check();
}

/**
 * Waits until the photo's result is shown (the page then times it, which SwiftShader makes slow and
 * this test does not need) and checks it ran on WebGPU, not a WASM fallback.
 */
async function ranOnWebGpu(page: Page, photo: string): Promise<void> {
  const status = page.getByTestId("status");
  await page.getByTestId(`sample-${photo}`).click();
  // The previous photo may still be timing: first see this one start, then reach its timing stage.
  await expect(status).not.toContainText(/^Timing:|^$/);
  await expect(status).toContainText(/^Timing:/, { timeout: 300_000 });
  await expect(page.getByTestId("run-facts")).toContainText("On WebGPU");
}

test.describe.configure({ mode: "serial" });

test.beforeEach(async ({ page }) => {
  await page.goto("/detect");
  test.skip(!(await hasWebGpuAdapter(page)), "this browser has no WebGPU adapter");
  await useWebGpu(page);
});

test("Objects on WebGPU: SSD gives the reference detections (labels, scores, boxes)", async ({
  page,
}) => {
  for (const photo of OBJECT_PHOTOS) {
    await ranOnWebGpu(page, photo);
    const expected = REFS.photos[photo]!.detections.filter((d) => d.score >= THRESHOLD);
    await expect.poll(async () => (await detections(page)).length).toBe(expected.length);
    const shown = await detections(page);
    for (const ref of expected) {
      const match = shown.find(
        (d) => d.text.startsWith(`${ref.label} `) && iou(d.box, ref.box) > 0.9,
      );
      expect(match, `${photo}: ${ref.label} in ${JSON.stringify(shown)}`).toBeDefined();
      const score = Number(/ (\d+\.\d) %$/.exec(match!.text)?.[1]) / 100;
      expect(Math.abs(score - ref.score), `${photo} ${ref.label} score`).toBeLessThan(0.02);
    }
  }
});

test("Pixels on WebGPU: DeepLab 257 finds the reference's largest class with its share", async ({
  page,
}) => {
  await page.getByRole("radio", { name: "Pixels" }).check();
  await ranOnWebGpu(page, "chelsea-cat.jpg");
  const ref = REFS.photos["chelsea-cat.jpg"]!["deeplabv3-mobilenet-v2-257"] as Record<
    string,
    number
  >;
  const [label, share] = Object.entries(ref)
    .filter(([l]) => l !== "background")
    .sort((a, b) => b[1] - a[1])[0]!;
  await expect(page.getByRole("list", { name: "Classes found" })).toBeVisible();
  const found = (await classesFound(page)).find((t) => !t.startsWith("background")) ?? "";
  const m = new RegExp(`^${label} (\\d+\\.\\d) %$`).exec(found);
  expect(m, found).not.toBeNull();
  // Shares in the reference are fractions or percents depending on the file: compare as percents.
  const refPercent = share <= 1 ? share * 100 : share;
  expect(Math.abs(Number(m![1]) - refPercent)).toBeLessThan(1.5);
});
