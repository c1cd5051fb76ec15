/**
 * /teach with bad input, on real photos from the open samples: no camera (absent, and refused),
 * a full IndexedDB quota, drop and paste anywhere on the page (with a non-image file among them),
 * and project files — one exported and imported back, a corrupt one, and one made with a backbone
 * this browser cannot run. Every case says one clear sentence and loses nothing. MobileNetV4: the
 * loader refuses a file that is not the pinned one, and a V4 /classify fetched (its public URL
 * routed to the local stand-in) becomes a backbone. Screenshots of the drop overlay over an error
 * message at 390 and 1280 px, light and dark.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  NOTES,
  counts,
  dropOn,
  expectFilesWorkWithoutCamera,
  filesInPage,
  openTeach,
  paste,
  photosOf,
} from "./fixtures/teach-input";
import { generateModelFixtures, modelFixture } from "./fixtures/model-files";
import { expect, test } from "./fixtures/test";
import { inEveryThemeAndWidth } from "./fixtures/themes";

const ROOT = process.cwd();
const OUT = join(ROOT, "test-results", "teach-bad-input");
const SHOTS = join(ROOT, "test-results", "screenshots", "teach");

test.describe("teach: drop and paste anywhere", () => {
  test.setTimeout(180_000);

  test("photos dropped or pasted go to the class said on the page; a non-image gets one sentence", async ({
    page,
  }) => {
    const cats = await photosOf("chelsea-cat.jpg");
    const cups = await photosOf("espresso.jpg");
    await openTeach(page);
    const heading = page.getByRole("heading", { name: "Teach it your own classes" });
    await expect(page.getByTestId("drop-target")).toContainText("“Class 1”");

    // Only a text file: nothing added, one sentence saying why.
    await dropOn(heading, [NOTES]);
    const notice = page.getByTestId("drop-notice");
    await expect(notice).toHaveText(
      "“notes.txt” is not an image, so it was not added: only photos (JPEG, PNG, WebP…) can be added.",
    );
    await expect(notice).toHaveAttribute("role", "alert");
    await expect(counts(page).first()).toHaveText("0 photos");

    // While files are dragged over the page, the overlay says where they would go.
    await dropOn(heading, cats.slice(0, 2), false);
    const overlay = page.getByTestId("drop-overlay");
    await expect(overlay).toHaveText("Drop photos to add them to “Class 1”");
    await notice.scrollIntoViewIfNeeded();
    await inEveryThemeAndWidth(page, SHOTS, async (width, scheme) => {
      await notice.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `teach-drop-${width}-${scheme}.png`) });
    });
    await heading.dispatchEvent("drop", {
      dataTransfer: await filesInPage(page, cats.slice(0, 2)),
    });
    await expect(overlay).toBeHidden();
    await expect(notice).toHaveText("2 dropped photos go to “Class 1”.");
    await expect(counts(page).first()).toHaveText("2 photos", { timeout: 60_000 });

    // Onto a class card: that class, which then becomes the target for drops elsewhere.
    const second = page.getByTestId("teach-class").nth(1);
    await dropOn(second, [cups[0]!], false);
    await expect(overlay).toHaveText("Drop photos to add them to “Class 2”");
    await second.dispatchEvent("drop", { dataTransfer: await filesInPage(page, [cups[0]!]) });
    await expect(counts(page).nth(1)).toHaveText("1 photo", { timeout: 60_000 });
    await expect(page.getByTestId("drop-target")).toContainText("“Class 2”");

    // Paste: the same rule, the same message.
    await paste(page, [cups[1]!]);
    await expect(notice).toHaveText("1 pasted photo goes to “Class 2”.");
    await expect(counts(page).nth(1)).toHaveText("2 photos", { timeout: 60_000 });
    await expect(counts(page).first()).toHaveText("2 photos");

    // Onto "Try it": the photo is classified, not added.
    const tryIt = page.getByRole("region", { name: "4. Try it" });
    await dropOn(tryIt, [cats[2]!]);
    await expect(
      page.getByRole("list", { name: "Predictions" }).getByRole("listitem").first(),
    ).toHaveText(/^Class 1 \d+ %$/, { timeout: 60_000 });
    await expect(counts(page).first()).toHaveText("2 photos");
  });
});

test.describe("teach: a full IndexedDB quota", () => {
  test.setTimeout(180_000);

  test("the page says the storage is full and keeps working", async ({ page }) => {
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    const cats = await photosOf("chelsea-cat.jpg");
    const rockets = await photosOf("rocket-launch.jpg");
    await openTeach(page);
    await page.getByLabel("Add photos to Class 1").setInputFiles(cats.slice(0, 2));
    await expect(page.getByRole("alert").filter({ hasText: "storage is full" })).toHaveText(
      "This browser's storage is full, so the latest changes are not saved: delete some photos or export the project.",
    );
    await page.getByLabel("Add photos to Class 2").setInputFiles(rockets.slice(0, 2));
    await expect(counts(page).nth(1)).toHaveText("2 photos", { timeout: 60_000 });
    await page.getByLabel("Photo to classify").setInputFiles(rockets[2]!);
    await expect(
      page.getByRole("list", { name: "Predictions" }).getByRole("listitem").first(),
    ).toHaveText(/^Class 2 \d+ %$/, { timeout: 60_000 });
    await expect(page.getByRole("button", { name: "Train", exact: true })).toBeEnabled();
  });
});

test.describe("teach: project files", () => {
  test.setTimeout(240_000);

  test("export and import back; a corrupt file and another backbone's project lose nothing", async ({
    page,
  }) => {
    const cats = await photosOf("chelsea-cat.jpg");
    const cups = await photosOf("espresso.jpg");
    await openTeach(page);
    const names = page.getByRole("textbox", { name: "Class name" });
    await names.nth(0).fill("cat");
    await names.nth(1).fill("espresso");
    await page.getByLabel("Add photos to cat").setInputFiles(cats.slice(0, 2));
    await page.getByLabel("Add photos to espresso").setInputFiles(cups.slice(0, 2));
    await expect(counts(page).first()).toHaveText("2 photos", { timeout: 60_000 });
    await expect(counts(page).nth(1)).toHaveText("2 photos", { timeout: 60_000 });

    mkdirSync(OUT, { recursive: true });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save project file" }).click(),
    ]);
    const saved = join(OUT, "teach-project.json");
    await download.saveAs(saved);

    // Start over, then the file brings back the classes and their photos.
    await page.getByRole("button", { name: "Start over" }).click();
    await expect(names.first()).toHaveValue("Class 1");
    await expect(counts(page).first()).toHaveText("0 photos");
    const open = page.getByLabel("Open a project file");
    await open.setInputFiles(saved);
    const notice = page.getByTestId("teach-notice");
    await expect(notice).toHaveText("Imported teach-project.json: 2 classes, 4 photos.");
    await expect(names.nth(0)).toHaveValue("cat");
    await expect(names.nth(1)).toHaveValue("espresso");
    await expect(counts(page).first()).toHaveText("2 photos");
    await expect(counts(page).nth(1)).toHaveText("2 photos");

    // A corrupt file: one sentence, and the project is untouched.
    const text = readFileSync(saved, "utf8");
    await open.setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(text.slice(0, text.length / 2)),
    });
    await expect(notice).toHaveText(
      "This is not a /teach project file that can be read (it is not JSON); nothing was changed.",
    );
    await expect(names.nth(0)).toHaveValue("cat");
    await expect(counts(page).first()).toHaveText("2 photos");

    // Made with MobileNetV4, which this browser does not hold: the photos come in and are
    // embedded again with this page's backbone, so the project trains here.
    const project = JSON.parse(text) as {
      backboneId: string;
      classes: { name: string; photos: { embeddings: Record<string, string> }[] }[];
    };
    const here = project.backboneId;
    const v4 = "mobilenet-v4-conv-small-224-int8";
    project.backboneId = v4;
    project.classes[0]!.name = "kitten";
    for (const c of project.classes)
      for (const p of c.photos) {
        p.embeddings = { [v4]: p.embeddings[here]! };
      }
    const foreign = join(OUT, "v4-project.json");
    writeFileSync(foreign, JSON.stringify(project));
    await open.setInputFiles(foreign);
    await expect(notice).toContainText(
      "Imported v4-project.json: 2 classes, 4 photos. It was made with MobileNet V4",
    );
    await expect(notice).toContainText("so its photos are being embedded again with MobileNet");
    await expect(names.nth(0)).toHaveValue("kitten");
    await expect(counts(page).first()).toHaveText("2 photos");
    await expect(counts(page).nth(1)).toHaveText("2 photos");
    await expect(page.getByTestId("train-why")).toHaveText("", { timeout: 60_000 });
    await expect(page.getByRole("button", { name: "Train", exact: true })).toBeEnabled();
    await page.getByLabel("Photo to classify").setInputFiles(cups[2]!);
    await expect(
      page.getByRole("list", { name: "Predictions" }).getByRole("listitem").first(),
    ).toHaveText(/^espresso \d+ %$/, { timeout: 60_000 });
  });

  test("the backbone picker loads MobileNetV4 only from its pinned file", async ({ page }) => {
    await openTeach(page);
    const picker = page.getByLabel("Backbone");
    await expect(picker.locator("option", { hasText: "V4" })).toHaveCount(0);
    const installed = await picker.locator("option").count();
    // A real model file that is not V4: refused by its sha256, the list unchanged.
    await page
      .getByLabel("Load a MobileNetV4 .onnx file…")
      .setInputFiles(join(ROOT, "public/models/mobilenet-v3-small-1.0-224.onnx"));
    await expect(page.getByTestId("v4-file-status")).toContainText(
      "is not one of the pinned MobileNetV4 files, so it was not used",
    );
    await expect(picker.locator("option")).toHaveCount(installed);
  });
});

test.describe("teach: no webcam", () => {
  // The project's Chromium has no fake camera (unlike teach.spec.ts), and this machine has none.
  test.use({ permissions: ["camera"] });

  test("one sentence, and files still work", async ({ page }) => {
    await expectFilesWorkWithoutCamera(
      page,
      "No camera was found; photos from files, samples, drop and paste still work.",
    );
  });
});

test.describe("teach: MobileNetV4 as a backbone", () => {
  test.setTimeout(240_000);

  test("a V4 /classify has fetched joins the backbones and embeds with the vector its classifier reads", async ({
    page,
  }) => {
    // The public timm file, routed to the app's float stand-in (same input, output and tail shape).
    generateModelFixtures();
    const manifest = JSON.parse(readFileSync("lib/models/manifest.json", "utf8")) as {
      models: { id: string; sources: { url?: string } }[];
    };
    const v4 = manifest.models.find((m) => m.id === "mobilenet-v4-conv-small-224");
    if (!v4?.sources.url) throw new Error("the float MobileNetV4 is missing from the manifest");
    await page.route(v4.sources.url, (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/octet-stream",
        body: modelFixture("v4-fp32-stand-in.onnx"),
      }),
    );
    await page.goto("/classify");
    await expect(page.getByTestId("runtime-status")).toBeVisible({ timeout: 60_000 });
    await page.locator(`input[name=model][value="${v4.id}"]`).check();
    await page.getByTestId("sample-chelsea-cat.jpg").click();
    await expect(page.locator(`[data-testid=result][data-model="${v4.id}"]`)).toBeVisible({
      timeout: 90_000,
    });

    await openTeach(page);
    const picker = page.locator("select", { has: page.locator(`option[value="${v4.id}"]`) });
    await expect(picker).toHaveCount(1);
    await expect(picker).toHaveAccessibleName(/^Backbone/);
    await picker.selectOption(v4.id);
    // The vector its 1000-class dense layer reads, named and sized from the graph.
    await expect(page.getByTestId("feature-info")).toContainText(
      /Embedding: tensor \S+, \d+ values \(from \w+\), the input of the model's final Gemm \(\d+ → 1000\)/,
      { timeout: 90_000 },
    );

    const cats = await photosOf("chelsea-cat.jpg");
    const rockets = await photosOf("rocket-launch.jpg");
    await page.getByLabel("Add photos to Class 1").setInputFiles(cats.slice(0, 2));
    await page.getByLabel("Add photos to Class 2").setInputFiles(rockets.slice(0, 2));
    await expect(counts(page).first()).toHaveText("2 photos", { timeout: 60_000 });
    await expect(counts(page).nth(1)).toHaveText("2 photos", { timeout: 60_000 });
    await page.getByLabel("Photo to classify").setInputFiles(cats[2]!);
    await expect(
      page.getByRole("list", { name: "Predictions" }).getByRole("listitem").first(),
    ).toHaveText(/^Class [12] \d+ %$/, { timeout: 60_000 });
  });
});
