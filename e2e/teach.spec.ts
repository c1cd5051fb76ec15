/**
 * /teach end to end: three classes from the open sample photos (several crops of each, made here
 * with sharp), both heads right on crops they were not taught, the exported .onnx giving the same
 * class on /model, the project surviving a reload, and a fake webcam (a .y4m ffmpeg makes here from
 * a sample photo) recording a burst. Screenshots at 390 and 1280 px, light and dark.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import type { Page } from "./fixtures/test";
import { fakeCameraArgs, makeFakeCameraClip } from "../scripts/fake-camera";
import { expect, test } from "./fixtures/test";
import AxeBuilder from "@axe-core/playwright";
import { inEveryThemeAndWidth, setTheme } from "./fixtures/themes";

const ROOT = process.cwd();
const OUT = join(ROOT, "test-results", "teach");
const SHOTS = join(ROOT, "test-results", "screenshots", "teach");
const CLASSES = [
  { name: "cat", file: "chelsea-cat.jpg" },
  { name: "espresso", file: "espresso.jpg" },
  { name: "rocket", file: "rocket-launch.jpg" },
] as const;
/** Crops as fractions of the photo (left, top, size); the last one of each class is held out. */
const CROPS = [
  [0, 0, 0.8],
  [0.2, 0.2, 0.8],
  [0.1, 0, 0.9],
  [0, 0.15, 0.85],
  [0.05, 0.05, 0.95],
  [0.12, 0.1, 0.75],
] as const;
const TRAINING = CROPS.length - 1;

interface Photo {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

async function crops(file: string): Promise<Photo[]> {
  const source = readFileSync(join(ROOT, "public/samples/open", file));
  const { width = 0, height = 0 } = await sharp(source).metadata();
  const side = Math.min(width, height);
  return Promise.all(
    CROPS.map(async ([l, t, s], i) => {
      const size = Math.round(side * s);
      let img = sharp(source).extract({
        left: Math.min(width - size, Math.round(width * l * (1 - s))),
        top: Math.min(height - size, Math.round(height * t * (1 - s))),
        width: size,
        height: size,
      });
      if (i % 2 === 1) img = img.flop();
      return {
        name: `${file.replace(".jpg", "")}-${i}.jpg`,
        mimeType: "image/jpeg",
        buffer: await img.jpeg({ quality: 90 }).toBuffer(),
      };
    }),
  );
}

async function openTeach(page: Page): Promise<void> {
  await page.goto("/teach");
  await expect(page.getByTestId("feature-info")).toContainText(/values/, { timeout: 90_000 });
}

async function classify(page: Page, photo: Photo): Promise<string> {
  await page.getByLabel("Photo to classify").setInputFiles(photo);
  const first = page.getByRole("list", { name: "Predictions" }).getByRole("listitem").first();
  await expect(page.getByAltText(`The photo to classify: ${photo.name}`)).toBeVisible();
  await expect(first).toHaveText(/^\S.* \d+ %$/);
  return (await first.textContent()) ?? "";
}

// Every test here runs with Chromium's fake camera (files work the same with it).
const camera = makeFakeCameraClip(
  join(ROOT, "public/samples/open/chelsea-cat.jpg"),
  join(OUT, "camera.y4m"),
  3,
);
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--disable-gpu", ...fakeCameraArgs(camera)],
  },
  permissions: ["camera"],
});

test.describe("teach from files", () => {
  test.setTimeout(240_000);

  test("three classes: both heads right on held-out photos, export to /model, reload keeps the project", async ({
    page,
  }) => {
    const photos = await Promise.all(CLASSES.map((c) => crops(c.file)));
    await openTeach(page);
    await expect(page.getByTestId("feature-info")).toContainText(/tensor \S+, \d+ values/);
    const train = page.getByRole("button", { name: "Train", exact: true });
    await expect(train).toBeDisabled();
    await expect(page.getByTestId("train-why")).toHaveText("“Class 1” has no photos yet.");

    await page.getByRole("button", { name: "Add a class" }).click();
    const names = page.getByRole("textbox", { name: "Class name" });
    await expect(names).toHaveCount(3);
    for (const [i, c] of CLASSES.entries()) await names.nth(i).fill(c.name);
    for (const [i, c] of CLASSES.entries())
      await page.getByLabel(`Add photos to ${c.name}`).setInputFiles(photos[i]!.slice(0, TRAINING));
    for (const i of [0, 1, 2])
      await expect(page.getByTestId("photo-count").nth(i)).toHaveText(`${TRAINING} photos`, {
        timeout: 60_000,
      });

    // Nearest neighbours: instant, with the 3 voting photos.
    for (const [i, c] of CLASSES.entries())
      expect(await classify(page, photos[i]![TRAINING]!)).toMatch(new RegExp(`^${c.name} \\d+ %$`));
    await expect(
      page.getByRole("list", { name: "Voting photos" }).getByRole("listitem"),
    ).toHaveCount(3);

    // A non-image file: one sentence in its class, nothing added.
    await page.getByLabel("Add photos to cat").setInputFiles({
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("not a photo"),
    });
    await expect(page.getByRole("alert").filter({ hasText: "notes.txt" })).toBeVisible();
    await expect(page.getByTestId("photo-count").first()).toHaveText(`${TRAINING} photos`);

    await expect(train).toBeEnabled();
    await train.click();
    await expect(page.getByTestId("train-summary")).toContainText("Trained after 50 epochs", {
      timeout: 60_000,
    });
    await expect(page.getByRole("radio", { name: "Trained head" })).toBeChecked();
    for (const [i, c] of CLASSES.entries())
      expect(await classify(page, photos[i]![TRAINING]!)).toMatch(new RegExp(`^${c.name} \\d+ %$`));
    await expect(page.getByTestId("pca-caption")).toContainText(/Axis 1 explains \d+ %/);
    await expect(page.getByTestId("pca-marker")).toBeVisible();

    // Every installed backbone on the same photos: one row each, and a sentence computed from them.
    await page.getByRole("button", { name: "Compare every backbone" }).click();
    await expect(page.getByTestId("compare-sentence")).toBeVisible({ timeout: 120_000 });
    const rows = page.getByTestId("compare-table").locator("tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(1);
    console.log(
      "teach comparison:",
      JSON.stringify(await rows.allInnerTexts()),
      await page.getByTestId("compare-sentence").textContent(),
    );
    await expect(page.getByTestId("feature-info")).toContainText(/values/, { timeout: 60_000 });

    // The full page (classes, chart, matrix, predictions, map, table): no serious axe violation.
    for (const scheme of ["light", "dark"] as const) {
      await setTheme(page, scheme);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(
        serious.map(
          (v) => `${scheme}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
    }

    await inEveryThemeAndWidth(page, SHOTS, (width, scheme) =>
      page.screenshot({ path: join(SHOTS, `teach-${width}-${scheme}.png`), fullPage: true }),
    );

    mkdirSync(OUT, { recursive: true });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export model (.onnx)" }).click(),
    ]);
    const onnxPath = join(OUT, "taught.onnx");
    await download.saveAs(onnxPath);

    // Reload: the project is still there, and so is the trained head, still predicting.
    await page.reload();
    await expect(page.getByRole("textbox", { name: "Class name" })).toHaveCount(3);
    await expect(page.getByRole("textbox", { name: "Class name" }).nth(2)).toHaveValue("rocket");
    await expect(page.getByTestId("photo-count").nth(1)).toHaveText(`${TRAINING} photos`);
    await expect(page.getByRole("radio", { name: "Trained head" })).toBeChecked();
    await expect(page.getByTestId("train-summary")).toContainText("Trained after 50 epochs");
    await expect(page.getByTestId("feature-info")).toContainText(/values/, { timeout: 90_000 });
    expect(await classify(page, photos[2]![TRAINING]!)).toMatch(/^rocket \d+ %$/);

    // The exported file on /model: recognised, classified with its own labels.
    await page.goto("/model");
    await expect(page.getByTestId("model-file-input")).toBeEnabled({ timeout: 60_000 });
    await page.getByTestId("model-file-input").setInputFiles(onnxPath);
    await expect(page.getByTestId("taught-model")).toContainText("cat, espresso, rocket", {
      timeout: 60_000,
    });
    await page.getByTestId("file-input").setInputFiles(photos[1]![TRAINING]!);
    await expect(page.getByTestId("file-top1")).toContainText("espresso", { timeout: 60_000 });

    // And on /classify, through its model-file loader.
    await page.goto("/classify");
    await page.getByTestId("v4-file-input").setInputFiles(onnxPath);
    const taught = page.getByTestId("taught-classifier");
    await expect(page.getByTestId("v4-file-status")).toContainText("taught on /teach");
    await taught.getByTestId("file-input").setInputFiles(photos[2]![TRAINING]!);
    await expect(taught.getByTestId("file-top1")).toContainText("rocket", { timeout: 60_000 });
  });
});

test.describe("teach from a webcam", () => {
  test("hold a button to record a burst into a class, then predict live", async ({ page }) => {
    await openTeach(page);
    await page.getByRole("button", { name: "Use the webcam" }).click();
    await expect(page.getByLabel("Webcam preview")).toBeVisible();
    await page.waitForFunction(() => (document.querySelector("video")?.videoWidth ?? 0) > 0);
    const hold = page.getByRole("button", { name: "Hold to record Class 1" });
    await hold.hover();
    await page.mouse.down();
    await expect(page.getByTestId("burst-status")).toContainText(/Recording: ([4-9]|\d\d) frames/);
    await page.mouse.up();
    await expect(page.getByTestId("burst-status")).toHaveText(
      /^Recorded \d+ frames into Class 1\.$/,
    );
    const recorded = Number(
      (await page.getByTestId("burst-status").textContent())?.match(/\d+/)?.[0],
    );
    await expect(page.getByTestId("photo-count").first()).toHaveText(`${recorded} photos`, {
      timeout: 60_000,
    });
    await expect(
      page.getByRole("list", { name: "Photos of Class 1" }).getByRole("img"),
    ).toHaveCount(Math.min(recorded, 24));
    // A second class from a sample photo, then the camera's frames go to the nearest neighbours.
    await page.getByText("From the sample photos").nth(1).click();
    await page
      .getByRole("button", { name: /Add the sample “a cup of espresso” to Class 2/ })
      .click();
    await expect(page.getByTestId("photo-count").nth(1)).toHaveText("1 photo");
    await page.getByLabel(/Predict live from the webcam/).check();
    await expect(page.getByTestId("live-stats")).toContainText(
      /frames\/s · embedding [\d.]+ ms · head [\d.]+ ms/,
    );
    await expect(
      page.getByRole("list", { name: "Predictions" }).getByRole("listitem").first(),
    ).toHaveText(/^Class 1 \d+ %$/);
  });
});
