import { watchForErrors } from "./fixtures/page-problems";
import { expect, test } from "./fixtures/test";
import { mkdirSync, readFileSync } from "node:fs";
import { inEveryThemeAndWidth } from "./fixtures/themes";

/**
 * The latency lab on WASM: a two-point grid (deep-linked through the URL) is built, timed and profiled in
 * the worker; the plot and the table fill; the CSV and a built .onnx download. Timings are not asserted
 * (this 2-core VM is noisy), only that they are real positive numbers.
 */
const SHOTS = "e2e/screenshots/lab";
const GRID = "/lab?models=v2,v3-small&alpha=0.5&res=96&backends=wasm&runs=3";

test("runs a small WASM grid: plot points, table rows, per-op split, CSV and .onnx downloads", async ({
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const problems = watchForErrors(page);
  await page.goto(GRID);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Latency lab");
  await expect(page.getByText("Random weights — for timing only.")).toBeVisible();
  await expect(page.getByTestId("grid-size")).toHaveText("2 points to measure");

  const run = page.getByRole("button", { name: "Run 2 points" });
  await expect(run).toBeEnabled();
  await run.click();
  await expect(page.getByTestId("lab-status")).toContainText("Done: 2 points measured.", {
    timeout: 90_000,
  });

  await expect(page.getByTestId("lab-point")).toHaveCount(2);
  const rows = page.getByTestId("lab-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("MobileNetV2");
  const table = page.getByTestId("lab-table");
  await expect(table.getByTestId("op-split")).toHaveCount(2);
  // The split's text equivalent names the depthwise share for V2.
  await expect(table.getByTestId("op-split").first()).toContainText(/Depthwise \d+ %/);
  const medians = await rows.getByTestId("lab-median").allTextContents();
  for (const ms of medians) expect(Number(ms)).toBeGreaterThan(0);
  // Every median says its spread and how many runs it is from.
  await expect(rows.first().getByTestId("latency-spread")).toHaveText(/p10–p90 .+ · 3 runs/);

  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download table as CSV" }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe("mobilenet-latency.csv");
  const csv = readFileSync(await csvDownload.path(), "utf8")
    .trimEnd()
    .split("\n");
  expect(csv).toHaveLength(3);
  expect(csv[0]).toContain("median_ms,p10_ms,p90_ms,gflops");
  expect(csv[1]).toMatch(/^v2,2,0.5,96,wasm,/);

  const [onnxDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /Download MobileNetV3-Small α 0.5 96 px as \.onnx/ }).click(),
  ]);
  expect(onnxDownload.suggestedFilename()).toBe("mobilenet-v3-small-0.5-96-random.onnx");
  expect(readFileSync(await onnxDownload.path()).byteLength).toBeGreaterThan(1_000_000);

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/lab-${width}.png`, fullPage: true });
  }
  // The theme is applied as a class before first paint; toggling it keeps the measured results on screen.
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await page.screenshot({ path: `${SHOTS}/lab-390-dark.png`, fullPage: true });
  expect(problems).toEqual([]);

  // On a phone the rows are cards: model, α, resolution, backend and the median all on screen, no
  // sideways scroll; MACs and params link to the explorer view, which shows the same number.
  await page.evaluate(() => document.documentElement.classList.remove("dark"));
  await page.setViewportSize({ width: 390, height: 900 });
  await expect(table).toBeHidden();
  const cards = page.getByTestId("lab-card");
  await expect(cards).toHaveCount(2);
  const card = cards.first();
  await card.scrollIntoViewIfNeeded();
  await expect(card).toContainText("MobileNetV2");
  await expect(card).toContainText("α 0.5 · 96 px · WASM");
  const median = card.getByTestId("lab-card-median");
  await expect(median).toBeInViewport({ ratio: 1 });
  expect(Number(await median.innerText())).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await inEveryThemeAndWidth(page, "e2e/screenshots/polish", async (width, scheme) => {
    await page
      .getByRole("heading", { name: "Measured latency vs multiply-adds" })
      .evaluate((h) => h.parentElement?.scrollIntoView());
    await page.screenshot({ path: `e2e/screenshots/polish/lab-${width}-${scheme}.png` });
  });

  await page.setViewportSize({ width: 1280, height: 900 });
  const macs = table.getByTestId("lab-macs").first();
  await expect(macs).toHaveAccessibleName(
    /^\S+ M MACs \(multiply-adds\) for MobileNetV2 α 0\.5, 96 px \(exactly [\d,]+ MACs\), open in the explorer$/,
  );
  await expect(table.getByTestId("lab-params").first()).toHaveAttribute(
    "href",
    "/explore?model=v2&alpha=0.5&res=96",
  );
  const short = (await macs.innerText()).trim();
  await macs.click();
  await expect(page).toHaveURL(/\/explore\?model=v2&alpha=0\.5&res=96$/);
  await expect(page.getByTestId("total-macs")).toHaveText(short);
});

test("grid controls update the URL and the point count", async ({ page }) => {
  await page.goto("/lab");
  // The page's text: the roofline link, and each paper's parameter count beside ours (issue 16).
  await expect(page.getByRole("link", { name: "roofline model" })).toHaveAttribute(
    "href",
    "/learn/mobilenet-v4#roofline",
  );
  await page.getByText("Parameter counts: each paper's and the built graph's").click();
  await expect(page.getByTestId("lab-param-sources").locator("tbody tr")).toHaveCount(10);
  await expect(
    page.getByTestId("lab-param-sources").locator("tr[data-model='v4-conv-m']"),
  ).toContainText("9.2 M9.65 M9.68 M");
  await expect(page.getByTestId("grid-size")).toHaveText("6 points to measure");
  await page.getByRole("checkbox", { name: "MobileNetV1" }).click();
  await expect(page.getByRole("checkbox", { name: "MobileNetV1" })).not.toBeChecked();
  await page.getByRole("button", { name: "224", exact: true }).click();
  await expect(page.getByTestId("grid-size")).toHaveText("8 points to measure");
  await expect(page).toHaveURL(/models=v2%2Cv3-small/);
  await expect(page).toHaveURL(/res=128%2C224/);
  // The V1 paper's width multiplier in one click: V1 at α 0.75 and 1.0, 224 px.
  await page.getByTestId("width-preset").click();
  await expect(page.getByTestId("grid-size")).toHaveText("2 points to measure");
  await expect(page).toHaveURL(/models=v1&alpha=0\.75%2C1&res=224/);
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true });

  test("one model's α series: joined by a line, each point with its spread, named on focus and tap, and the lesson said", async ({
    page,
  }) => {
    await page.goto("/lab?models=v3-small&alpha=0.5,1&res=96&backends=wasm&runs=3");
    await page.getByRole("button", { name: "Run 2 points" }).click();
    await expect(page.getByTestId("lab-status")).toContainText("Done: 2 points measured.", {
      timeout: 90_000,
    });
    // The takeaway compares MACs saved with time saved, from these two measured points.
    await expect(page.getByTestId("lab-takeaway")).toContainText(
      /V3-Small α 0\.5 needs \d+(\.\d)?× fewer MACs than V3-Small α 1 here (but|and) is /,
    );
    await expect(page.getByTestId("lab-series-line")).toHaveCount(1);
    await expect(page.getByTestId("lab-series-line")).toHaveAttribute("data-along", "alpha");
    await expect(page.getByTestId("lab-point-spread")).toHaveCount(2);

    const points = page.getByTestId("lab-point");
    const detail = page.getByTestId("lab-point-detail");
    await points.first().focus();
    await expect(page.getByTestId("lab-point-callout")).toBeVisible();
    await expect(detail).toContainText(
      /^MobileNetV3-Small α 0\.5, 96 px on WASM: median [\d.]+ ms, p10–p90 /,
    );
    await page.keyboard.press("Tab");
    await expect(detail).toContainText(/^MobileNetV3-Small α 1, 96 px on WASM/);
    await points.first().tap();
    await expect(page.getByTestId("lab-point-callout")).toContainText("V3-Small α 0.5 · 96 px ·");
    await inEveryThemeAndWidth(page, SHOTS, async (width, scheme) => {
      await page.getByTestId("latency-chart").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/lab-series-${width}-${scheme}.png` });
    });
  });
});
