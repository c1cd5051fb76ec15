import { expect, test, type Locator, type Page } from "./fixtures/test";
import { existsSync, readFileSync } from "node:fs";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { TIMING_CSV_HEADER } from "@/lib/layer-timing/timing-text";
import { generateModelFixtures, modelFixture } from "./fixtures/model-files";
import { inEveryThemeAndWidth } from "./fixtures/themes";
import { dropOnnx, openModelPage } from "./fixtures/model-page";

/**
 * "Time every layer": V2 on WASM on /inside and a spec-built file on /model each get one timed row
 * per layer (all > 0 ms), the remainder row, the roofline with both measured ceilings labelled, and a
 * CSV with one row per layer; screenshots of the report at 390 and 1280 px, light and dark.
 */
const SHOTS = "e2e/screenshots/layer-timing";

async function timeEveryLayer(page: Page, scope: Locator) {
  await scope.getByRole("button", { name: "Time every layer" }).click();
  await expect(scope.getByRole("progressbar", { name: "Timing the layers" })).toBeVisible();
  await expect(scope.getByTestId("layer-timing-report")).toBeVisible({ timeout: 240_000 });
}

async function checkReport(page: Page, scope: Locator, layers: number, stem: string) {
  const rows = scope.getByTestId("layer-time-row");
  await expect(rows).toHaveCount(layers);
  const ms = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("data-ms"))));
  expect(ms.every((x) => x > 0)).toBe(true);
  await expect(scope.getByTestId("remainder-row")).toContainText("Remainder");
  await expect(scope.getByTestId("ceiling-compute")).toHaveText(/^peak compute [\d.]+ GMAC\/s$/);
  await expect(scope.getByTestId("ceiling-memory")).toHaveText(/^memory [\d.]+ GB\/s$/);
  await expect(scope.getByTestId("ridge-point")).toHaveText(/^ridge [\d.]+ MACs\/byte$/);
  await expect(scope.getByTestId("cross-check")).toContainText("unprofiled median");
  await expect(scope.getByTestId("bytes-formula")).toContainText("4 × (weights + biases");
  await expect(scope.getByTestId("kind-shares")).toContainText(
    /Depthwise: [\d.<]+ % of the multiply-adds, [\d.]+ % of the time/,
  );
  // Sorting by time puts the slowest layer first.
  await scope.getByRole("button", { name: /^ms/ }).click();
  const sorted = await rows.evaluateAll((trs) =>
    trs.map((tr) => Number(tr.getAttribute("data-ms"))),
  );
  expect(sorted[0]).toBe(Math.max(...ms));
  const download = page.waitForEvent("download");
  await scope.getByRole("button", { name: "Download layer times (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${stem}-layer-times.csv`);
  const csv = readFileSync(await file.path(), "utf8")
    .trim()
    .split("\n");
  expect(csv[0]).toBe(TIMING_CSV_HEADER);
  expect(csv).toHaveLength(1 + layers + 1);
  expect(csv.at(-1)).toMatch(/^,remainder,/);
}

/** The report in every theme and width, as e2e/screenshots/layer-timing/<name>-<width>-<scheme>.png. */
async function screenshotReport(page: Page, section: Locator, name: string) {
  const report = section.getByTestId("layer-timing-report");
  await inEveryThemeAndWidth(page, SHOTS, (width, scheme) =>
    report.screenshot({ path: `${SHOTS}/${name}-${width}-${scheme}.png` }),
  );
}

test("V2 on WASM on /inside: every mapped layer timed, remainder, roofline, CSV, the layer's row", async ({
  page,
}) => {
  test.skip(
    !existsSync("public/models/mobilenet-v2-1.0-224.onnx"),
    "real models not installed: run npm run setup:models",
  );
  test.setTimeout(300_000);
  await page.goto("/inside?model=mobilenet-v2-1.0-224&layer=block3/depthwise");
  await page.getByRole("radio", { name: "WASM" }).check();
  const section = page.getByRole("region", { name: "Where the milliseconds go" });
  await timeEveryLayer(page, section);
  await checkReport(page, section, 53, "mobilenet-v2-1.0-224");
  // The measured row appears in the existing layer view once a photo has run.
  await page.getByTestId("sample-chelsea-cat.jpg").click();
  await expect(page.getByTestId("layer-timing-line")).toContainText(/Measured on WASM.*ms/, {
    timeout: 60_000,
  });
  await screenshotReport(page, section, "inside");
});

test("a file on /model: the same per-layer times, remainder, roofline and CSV", async ({
  page,
}) => {
  test.setTimeout(300_000);
  // A built V4 Hybrid-M (α 0.5, 128 px): its attention products, norms and layer scales are no
  // conv or FC layer, so their kernels land in the remainder.
  generateModelFixtures();
  const net = resolveNetwork("v4-hybrid-m", { alpha: 0.5, resolution: 128 });
  const layers = net.layers.filter((l) => l.macs > 0).length;
  await openModelPage(page);
  await dropOnnx(page, "hybrid-m.onnx", modelFixture("hybrid-m.onnx"));
  const section = page.getByRole("region", { name: "Time every layer" });
  await timeEveryLayer(page, section);
  await checkReport(page, section, layers, "hybrid-m");
  await screenshotReport(page, section, "model");
});

test("lesson 6: the reader's own ridge point beside the paper's Tab. 16 chips", async ({
  page,
}) => {
  await page.goto("/learn/mobilenet-v4#your-ridge-point");
  const step = page.getByTestId("your-ridge-point");
  await step.getByRole("button", { name: "Measure my ridge point" }).click();
  await expect(step.getByTestId("ridge-reading")).toContainText(
    /a ridge point of [\d.]+ MACs per byte/,
    {
      timeout: 60_000,
    },
  );
  const rows = step.getByTestId("ridge-table").locator("tbody tr");
  await expect(rows).toHaveCount(5);
  await expect(step.getByTestId("ridge-table")).toContainText("Pixel 8 EdgeTPU");
  await expect(step.locator('tr[data-mine="true"]')).toContainText("This device");
  await expect(step.getByRole("link", { name: "Inside" })).toHaveAttribute("href", "/inside");
});
