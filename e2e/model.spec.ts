import { expect, test, type Page } from "./fixtures/test";
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatExact } from "@/lib/cost/format";
import type { ExpectedCounts } from "./fixtures/model-files";
import { generateModelFixtures, modelFixture } from "./fixtures/model-files";
import { inEveryThemeAndWidth } from "./fixtures/themes";
import { dropOnnx, openModelPage } from "./fixtures/model-page";

/**
 * /model: a spec-built model dropped on the page gets the engine's exact totals, a table, a CSV and a
 * WASM timing; bad files get one sentence each; the pinned MobileNetV4 path runs against local
 * stand-ins routed to the public URLs (the int8 one has the wrong sha256 and must be refused).
 * The .onnx files are generated from lib/onnx before the tests (scripts/model-fixtures.ts).
 */
const SHOTS = "e2e/screenshots/model";
interface ManifestModel {
  readonly id: string;
  readonly sources: { readonly url: string | null };
}

let expected: ExpectedCounts;

test.beforeAll(() => {
  expected = generateModelFixtures();
});

const fixture = modelFixture;

async function openModel(page: Page) {
  await openModelPage(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your model");
}

/** Hands a generated fixture to the page under a file name of our choice. */
async function dropFile(page: Page, name: string, fixtureName = name) {
  await dropOnnx(page, name, fixture(fixtureName));
}

/** Classifies the sample cat photo with the model the page holds. */
async function dropCatPhoto(page: Page) {
  const cat = readFileSync("public/samples/open/chelsea-cat.jpg");
  await page
    .getByTestId("file-input")
    .setInputFiles({ name: "cat.jpg", mimeType: "image/jpeg", buffer: cat });
}

test("a built V4 Hybrid-M: exact totals equal the engine, table, CSV, ops not counted, WASM timing", async ({
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openModel(page);
  await dropFile(page, "hybrid-m.onnx");
  await expect(page.getByTestId("file-macs")).toHaveText(formatExact(expected.hybrid.macs));
  await expect(page.getByTestId("file-params")).toHaveText(formatExact(expected.hybrid.params));
  await expect(page.getByTestId("file-attention")).toHaveText(
    formatExact(expected.hybrid.attention),
  );
  await expect(page.getByTestId("not-counted")).toContainText("Softmax ×");
  await expect(page.getByTestId("cannot-count")).toHaveCount(0);
  await expect(page.getByTestId("op-split-headline")).toBeVisible();

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download per-layer costs as CSV" }).click(),
  ]);
  const lines = readFileSync(await csv.path(), "utf8")
    .trimEnd()
    .split("\n");
  const macs = lines.slice(1).reduce((s, l) => s + Number(l.split(",")[10]), 0);
  expect(macs).toBe(expected.hybrid.macs);

  await page.getByRole("button", { name: "Time on WASM" }).click();
  await expect(page.getByTestId("timing-wasm")).toBeVisible({ timeout: 90_000 });
  const median = await page.getByTestId("median-wasm").textContent();
  expect(Number.parseFloat(median ?? "")).toBeGreaterThan(0);
  await expect(page.getByTestId("not-a-classifier")).toHaveCount(0);

  await page.emulateMedia({ reducedMotion: "reduce" });
  await inEveryThemeAndWidth(page, SHOTS, (width, scheme) =>
    page.screenshot({ path: `${SHOTS}/model-${width}-${scheme}.png`, fullPage: true }),
  );
});

test("bad files: one clear sentence each, and the page keeps working", async ({ page }, info) => {
  await openModel(page);
  const error = page.getByTestId("model-error");

  await dropFile(page, "notes.onnx");
  await expect(error).toHaveText("notes.onnx: This is not an ONNX model file.");
  await dropFile(page, "half.onnx");
  await expect(error).toContainText("half.onnx: This ONNX file is truncated");
  await dropFile(page, "external.onnx");
  await expect(error).toContainText("external-data files");
  await dropFile(page, "future.onnx");
  await expect(error).toContainText("uses ONNX opset 99; the page reads opsets 7 to 23.");

  // Over the size limit: a sparse file, refused from its size before a byte is read.
  mkdirSync(info.outputDir, { recursive: true });
  const big = join(info.outputDir, "big.onnx");
  const fd = openSync(big, "w");
  ftruncateSync(fd, 201 * 1024 * 1024);
  closeSync(fd);
  await page.getByTestId("model-file-input").setInputFiles(big);
  await expect(error).toHaveText(
    "big.onnx: This file is 201 MB; the page reads models up to 200 MB.",
  );

  // Counted, but not a classifier and not runnable: the costs stay, the run names the op.
  await dropFile(page, "fancy.onnx");
  await expect(page.getByTestId("file-macs")).toHaveText(formatExact(expected.fancy.macs));
  await expect(page.getByTestId("not-a-classifier")).toBeVisible();
  await expect(page.getByTestId("preset")).toHaveCount(0);
  await page.getByRole("button", { name: "Time on WASM" }).click();
  await expect(page.getByTestId("timing-error-wasm")).toHaveText(
    "onnxruntime-web cannot run the operator FancyNewOp (opset 17) on WASM, so this model cannot be timed or run here; its costs are still counted.",
  );

  // And a good file still works afterwards.
  await dropFile(page, "v2.onnx");
  await expect(page.getByTestId("file-macs")).toHaveText(formatExact(expected.v2.macs));
  await expect(error).toHaveCount(0);
});

test.describe("MobileNetV4, pinned public files routed to local stand-ins", () => {
  const manifest = JSON.parse(readFileSync("lib/models/manifest.json", "utf8")) as {
    models: ManifestModel[];
  };
  const int8 = manifest.models.find((m) => m.id === "mobilenet-v4-conv-small-224-int8");
  const fp32 = manifest.models.find((m) => m.id === "mobilenet-v4-conv-small-224");

  test.beforeEach(async ({ page }) => {
    for (const [entry, file] of [
      [int8, "v4-int8-stand-in.onnx"],
      [fp32, "v4-fp32-stand-in.onnx"],
    ] as const) {
      const url = entry?.sources.url;
      if (!url) throw new Error("V4 entries are missing from the manifest");
      await page.route(url, (route) =>
        route.fulfill({
          status: 200,
          contentType: "application/octet-stream",
          body: fixture(file),
        }),
      );
    }
  });

  test("/classify: the int8 stand-in's wrong sha256 is refused; the unchecked fp32 path classifies (bicubic, timm)", async ({
    page,
  }) => {
    await page.goto("/classify");
    await expect(page.getByTestId("runtime-status")).toBeVisible({ timeout: 60_000 });
    await page.locator(`input[name=model][value="${int8?.id}"]`).check();
    await page.getByTestId("sample-chelsea-cat.jpg").click();
    const alert = page.getByTestId("error");
    await expect(alert).toHaveAttribute("data-code", "model-checksum-mismatch", {
      timeout: 60_000,
    });
    await expect(alert).toContainText("does not match the manifest");
    // The same stand-in picked from disk is not a pinned file either: refused, nothing stored.
    await page.getByTestId("v4-file-input").setInputFiles({
      name: "model_quantized.onnx",
      mimeType: "application/octet-stream",
      buffer: fixture("v4-int8-stand-in.onnx"),
    });
    await expect(page.getByTestId("v4-file-status")).toContainText(
      "is not one of the pinned MobileNetV4 files, so it was not used.",
    );

    await page.locator(`input[name=model][value="${fp32?.id}"]`).check();
    await page.getByTestId("sample-chelsea-cat.jpg").click();
    const result = page.locator(`[data-testid=result][data-model="${fp32?.id}"]`);
    await expect(result).toBeVisible({ timeout: 90_000 });
    await expect(result.locator("li[data-index]")).toHaveCount(5);
    await expect(result).toContainText("no published checksum, not verified");
  });

  test("/model: the int8 stand-in (ConvInteger, DynamicQuantizeLinear) is counted, timed and classifies", async ({
    page,
  }) => {
    await openModel(page);
    await dropFile(page, "model_quantized.onnx", "v4-int8-stand-in.onnx");
    await expect(page.getByTestId("not-counted")).toContainText("DynamicQuantizeLinear × 6");
    await page.getByRole("button", { name: "Time on WASM" }).click();
    await expect(page.getByTestId("median-wasm")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId("known-model")).toHaveCount(0); // a stand-in, not the pinned file
    await page.getByTestId("preset").selectOption("timm");
    await expect(page.getByTestId("preprocessing-text")).toContainText(
      "Shorter side to 256 px (bicubic)",
    );
    await dropCatPhoto(page);
    await expect(page.getByTestId("file-predictions").locator("li")).toHaveCount(5, {
      timeout: 60_000,
    });
    await expect(page.getByTestId("file-predictions")).toContainText(
      "has not measured this file's accuracy",
    );
  });
});

test("a real model file is recognised by its sha256 and classifies the cat with its own preprocessing", async ({
  page,
}) => {
  const file = "public/models/mobilenet-v2-1.0-224.onnx";
  test.skip(!existsSync(file), "real models not installed: run npm run setup:models");
  await openModel(page);
  await page.getByTestId("model-file-input").setInputFiles(file);
  const known = page.getByTestId("known-model");
  await expect(known).toContainText("MobileNet V2, width multiplier 1.0");
  // The engine's counts for the architecture link to the explorer view that produced them.
  await expect(known.getByRole("link").first()).toHaveAttribute("href", /^\/explore\?.*model=v2/);
  await expect(page.getByTestId("preprocessing-text")).toContainText(
    "Shorter side to 256 px (bilinear), centre crop 224×224",
  );
  await dropCatPhoto(page);
  await expect(page.getByTestId("file-top1")).toContainText(/Egyptian cat|tabby|tiger cat/, {
    timeout: 60_000,
  });
});
