/**
 * /detect with the real models: SSD boxes on sample photos, DeepLab's largest class, a damaged model
 * file, and screenshots at phone and desktop width in both themes.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "./fixtures/test";
import { REFS, classesFound, detections, iou } from "./fixtures/detect-helpers";
import { inEveryThemeAndWidth } from "./fixtures/themes";

const ROOT = resolve(import.meta.dirname, "..");
const SHOTS = join(ROOT, "e2e/screenshots/detect");
/** The dog photo is an ImageNet sample (local copy); without it, the open cat photo. */
const DOG = existsSync(join(ROOT, "public/samples/imagenet/golden-retriever.jpg"))
  ? { file: "golden-retriever.jpg", label: "dog" }
  : { file: "chelsea-cat.jpg", label: "cat" };

test.describe.configure({ mode: "serial" });

test("Objects: SSD finds the expected class with a box inside the photo (screenshots), says when nothing is found", async ({
  page,
}) => {
  await page.goto("/detect");
  await expect(page.getByRole("radio", { name: "Objects" })).toBeChecked();
  await page.getByTestId(`sample-${DOG.file}`).click();
  await expect(page.getByRole("list", { name: "Detections" })).toBeVisible({ timeout: 90_000 });
  const found = await detections(page);
  const hit = found.find((d) => new RegExp(`^${DOG.label} \\d+\\.\\d %$`).test(d.text));
  expect(hit, JSON.stringify(found)).toBeDefined();
  for (const v of hit!.box) expect(v >= 0 && v <= 1).toBe(true);
  const ref = REFS.photos[DOG.file]?.detections.find((d) => d.label === DOG.label);
  expect(iou(hit!.box, ref!.box)).toBeGreaterThan(0.9);
  await expect(page.getByTestId("box").first()).toBeVisible();

  // The threshold slider hides boxes under it; 95 % leaves none, and the page says so.
  await page.getByLabel("Score threshold").fill("0.95");
  await expect(page.getByTestId("nothing-detected")).toContainText(
    "Nothing detected at or above 95 %",
  );
  await page.getByLabel("Score threshold").fill("0.5");
  await inEveryThemeAndWidth(page, SHOTS, (width, scheme) =>
    page.screenshot({ path: join(SHOTS, `objects-${width}-${scheme}.png`), fullPage: true }),
  );

  // A photo with nothing SSD knows (reference: no detection at all).
  await page.getByTestId("sample-rocket-launch.jpg").click();
  await expect(page.getByTestId("nothing-detected")).toBeVisible({ timeout: 60_000 });
});

test("Pixels: DeepLab 257 and 513 find the cat as the largest class; a mask and a legend (screenshots)", async ({
  page,
}) => {
  await page.goto("/detect");
  await page.getByRole("radio", { name: "Pixels" }).check();
  await page.getByTestId("sample-chelsea-cat.jpg").click();
  for (const size of ["257", "513"]) {
    if (size === "513") await page.getByRole("radio", { name: /^513 px/ }).check();
    await expect(page.getByRole("list", { name: "Classes found" })).toBeVisible({
      timeout: 90_000,
    });
    await expect(page.getByTestId("run-facts")).toBeVisible();
    const ref = REFS.photos["chelsea-cat.jpg"]?.[`deeplabv3-mobilenet-v2-${size}`] as Record<
      string,
      number
    >;
    const expected = Object.entries(ref)
      .filter(([l]) => l !== "background")
      .sort((a, b) => b[1] - a[1])[0]?.[0];
    await expect
      .poll(async () => (await classesFound(page)).find((t) => !t.startsWith("background")))
      .toMatch(new RegExp(`^${expected} \\d+\\.\\d %$`));
  }
  await expect(page.getByTestId("mask")).toBeVisible();
  await expect(page.getByLabel("Mask opacity")).toBeVisible();
  await inEveryThemeAndWidth(page, SHOTS, (width, scheme) =>
    page
      .getByRole("region", { name: "Result" })
      .screenshot({ path: join(SHOTS, `pixels-${width}-${scheme}.png`) }),
  );
});

test("a damaged model file gets one sentence; the other mode still works", async ({ page }) => {
  await page.route("**/models/ssd-mobilenet-v1-coco-300.onnx", (route) =>
    route.fulfill({
      status: 200,
      body: Buffer.from("not a model"),
      contentType: "application/octet-stream",
    }),
  );
  await page.goto("/detect");
  await page.getByTestId("sample-chelsea-cat.jpg").click();
  const alert = page.getByTestId("error");
  await expect(alert).toContainText("Model file is corrupt", { timeout: 60_000 });
  await expect(alert).toContainText("was not used");
  await page.getByRole("radio", { name: "Pixels" }).check();
  await expect(page.getByRole("list", { name: "Classes found" })).toBeVisible({ timeout: 90_000 });
});
