import { expect, test } from "./fixtures/test";
import { mkdirSync } from "node:fs";

/** The explorer as a user drives it: deep links, sliders, exact inputs, the layer chart, the splits. */

test("a deep link restores V1 at α 0.5, 224: 149 M MACs and 1.3 M params (V1 Table 6)", async ({
  page,
}) => {
  await page.goto("/explore?model=v1&alpha=0.5&res=224");
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.getByTestId("model-select")).toHaveValue("v1");
  await expect(page.getByTestId("alpha-input")).toHaveValue("0.5");
  await expect(page.getByTestId("total-macs")).toHaveText("149 M");
  await expect(page.getByTestId("total-macs-exact")).toContainText("149,497,088");
  await expect(page.getByTestId("total-params")).toHaveText("1.3 M");
  await expect(page.getByTestId("total-macs")).toHaveAttribute("title", "149,497,088 MACs");
  await expect(page.getByTestId("published-panel")).toContainText("63.7 %");
});

test("V1 at 1.0, 160: the paper's 290 M next to the exact 290,675,200", async ({ page }) => {
  await page.goto("/explore?model=v1&alpha=1&res=160");
  await expect(page.getByTestId("total-macs-exact")).toContainText("290,675,200");
  await expect(page.getByTestId("published-panel")).toContainText("290 M");
  await expect(page.getByTestId("total-params")).toHaveText("4.2 M");
});

test("V1's split by kind shows ≈95 % of MACs in 1×1 convolutions (Table 2: 94.86 %)", async ({
  page,
}) => {
  await page.goto("/explore?model=v1&alpha=1&res=224");
  await expect(page.getByTestId("share-macs-pointwise")).toHaveText("94.9 %");
  await expect(page.getByTestId("op-split-headline")).toHaveText(
    "Pointwise 1×1 layers do 94.9 % of the multiply-adds.",
  );
  await expect(page.getByTestId("op-split").locator("tbody tr")).toHaveCount(4);
  // Table 2's first-conv row (1.19 %) is flagged against our 1.91 %, and Table 1's stride erratum is named.
  await expect(page.getByTestId("share-macs-conv")).toHaveText("1.9 %");
  await expect(page.getByTestId("v1-table2-note")).toContainText("add up to 99.29 %");
  await expect(page.getByTestId("architecture-notes")).toContainText("erratum");
});

test("sliders move by keyboard, update totals and the URL, and announce the live value", async ({
  page,
}) => {
  await page.goto("/explore");
  await expect(page.getByTestId("total-macs")).toHaveText("569 M");
  const alpha = page.getByRole("slider", { name: "Width multiplier α" });
  await alpha.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/\?model=v1&alpha=0\.5&res=224$/);
  await expect(page.getByTestId("total-macs")).toHaveText("149 M");
  await expect(alpha).toHaveAttribute(
    "aria-valuetext",
    /^α 0\.5: 149 M MACs \(multiply-adds\), 1\.3 M params$/,
  );
  const res = page.getByRole("slider", { name: "Input resolution (px)" });
  await res.focus();
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/res=96$/);
  await expect(res).toHaveAttribute("aria-valuetext", /^96 pixels: /);

  // The URL now reproduces the view in a fresh page.
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByTestId("total-macs-exact")).toHaveText(
    await page.getByTestId("total-macs-exact").innerText(),
  );
  await other.close();
});

test("exact inputs accept the engine's range and show its message for invalid values", async ({
  page,
}) => {
  await page.goto("/explore?model=v2&alpha=1&res=224");
  await expect(page.getByTestId("total-macs")).toHaveText("301 M");
  await page.getByTestId("alpha-input").fill("0");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Width multiplier α must be a number in (0, 4]",
  );
  await expect(page.getByTestId("total-macs")).toHaveText("301 M");
  await page.getByTestId("alpha-input").fill("1.4");
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  await expect(page.getByTestId("total-macs-exact")).toContainText("582,"); // slim 1.4_224: 582 M
  await page.getByTestId("res-input").fill("1024");
  await expect(page).toHaveURL(/alpha=1\.4&res=1024$/);
  await expect(page.getByTestId("total-macs")).toContainText("G");
  await page.getByTestId("res-input").fill("31");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Resolution must be an integer number of pixels in [32, 1024]",
  );
  await page.getByTestId("res-input").fill("32");
  await expect(page).toHaveURL(/res=32$/);
  await expect(
    page.getByTestId("layer-chart-macs").locator("rect[data-path]").first(),
  ).toBeVisible();
});

test("invalid links fall back to defaults with a visible note", async ({ page }) => {
  await page.goto("/explore?model=v9&alpha=abc&res=5000&layer=nope");
  const notes = page.getByTestId("state-notes");
  await expect(notes).toContainText("Unknown model “v9”");
  await expect(notes).toContainText("Width multiplier α “abc”");
  await expect(notes).toContainText("Resolution “5000”");
  await expect(notes).toContainText("Layer “nope” is not in MobileNetV1");
  await expect(page.getByTestId("total-macs")).toHaveText("569 M");
});

test("changing model resets resolution to its published size", async ({ page }) => {
  await page.goto("/explore?model=v1&alpha=1&res=160");
  await page.getByTestId("model-select").selectOption("v4-conv-m");
  await expect(page).toHaveURL(/model=v4-conv-m&alpha=1&res=256$/);
  await page.getByTestId("model-select").selectOption("v3-small");
  await expect(page.getByTestId("total-macs")).toHaveText("57 M");
  await expect(page.getByTestId("total-params")).toHaveText("2.5 M");
});

test("the per-layer chart: hover, click and arrow keys show a layer's shapes; the layer is in the URL", async ({
  page,
}) => {
  await page.goto("/explore?model=v1&alpha=1&res=224");
  const chart = page.getByTestId("layer-chart-macs");
  const bars = chart.locator("rect[data-path]");
  await expect(bars).toHaveCount(28);
  await bars.nth(2).hover();
  await expect(chart.getByText("112×112×32 → 112×112×64")).toBeVisible();
  await bars.nth(0).click();
  const details = page.getByTestId("layer-details");
  await expect(details).toContainText("stem/conv");
  await expect(details).toContainText("224×224×3 → 112×112×32");
  await page.keyboard.press("ArrowRight");
  await expect(details).toContainText("block1/depthwise");
  await page.keyboard.press("ArrowRight");
  await expect(details).toContainText("block1/pointwise");
  await expect(details).toContainText("1×1 pointwise conv");
  await expect(page).toHaveURL(/layer=block1\/pointwise$/);
  await expect(bars.nth(2)).toBeFocused();
  await page.keyboard.press("End");
  await expect(details).toContainText("classifier/fc");
  await expect(details).toContainText("1,024,000");

  await page.reload();
  await expect(page.getByTestId("layer-details")).toContainText("classifier/fc");

  // Text equivalent: every layer in a table.
  await page.getByText("All 28 layers as a table").click();
  await expect(
    page.locator("details tbody tr").filter({ hasText: "block13/pointwise" }),
  ).toContainText("7×7×1024 → 7×7×1024");
});

test("the version comparison puts all versions on one chart and marks the current model", async ({
  page,
}) => {
  await page.goto("/explore?model=v3-large&alpha=1&res=224");
  const chart = page.getByTestId("accuracy-chart");
  await expect(chart.getByTestId("accuracy-current")).toContainText("217 M");
  // V4 comes from its paper's own Table 6 (facts §A.4): a series like the others, nothing "unverified".
  await expect(page.getByText("V4 paper (Table 6)", { exact: true })).toBeVisible();
  await expect(page.getByText(/unverified|secondary source/)).toHaveCount(0);
  await page.getByText(/the numbers as a table/).click();
  await expect(
    page.locator("figure tbody tr").filter({ hasText: "MobileNetV3-Small 1.0-224" }),
  ).toContainText("56");
});

test("screenshots: the explorer at 390 and 1280 px, light and dark", async ({ page }) => {
  mkdirSync("e2e/screenshots/learn", { recursive: true });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/explore?model=v1&alpha=0.5&res=224&layer=block3/pointwise", {
        waitUntil: "networkidle",
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `explorer at ${width} px overflows`).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `e2e/screenshots/learn/explore-${width}-${scheme}.png`,
        fullPage: true,
      });
    }
  }
});

test("touch: a tap near a thin bar, the layer list and its buttons pick layers; the split intro and log params follow the model", async ({
  browser,
}) => {
  const context = await browser.newContext({
    hasTouch: true,
    isMobile: true,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto("/explore?model=v1&alpha=1&res=224");
  // V1 1.0-224 is the one view the paper's Table 2 describes.
  await expect(page.getByTestId("v1-table2-note")).toContainText("Table 2");
  await expect(page.getByTestId("split-intro")).toHaveCount(0);
  await expect(page.getByText(/Hover/)).toHaveCount(0);
  const chart = page.getByTestId("layer-chart-macs");
  const bar = chart.locator("rect[data-path]").nth(2);
  await chart.scrollIntoViewIfNeeded();
  const box = await bar.boundingBox();
  if (!box) throw new Error("no bar");
  expect(box.width).toBeLessThan(12); // a target no finger can hit on purpose
  // A tap above the thin bar, a few px to its right, in empty chart space, still picks it.
  await page.touchscreen.tap(box.x + box.width / 2 + 2, box.y - 30);
  const details = page.getByTestId("layer-details");
  await expect(details).toContainText("block1/pointwise");
  await page.getByTestId("layer-select").selectOption("block13/depthwise");
  await expect(details).toContainText("block13/depthwise");
  await page.getByRole("button", { name: "Next layer" }).tap();
  await expect(details).toContainText("block13/pointwise");
  await expect(page).toHaveURL(/layer=block13\/pointwise$/);

  // Log params: the 288-param depthwise bar of block 1 grows from a sliver to a readable bar.
  const dw = page.getByTestId("layer-chart-params").locator('rect[data-path="block1/depthwise"]');
  const linear = (await dw.boundingBox())?.height ?? 0;
  await page.getByTestId("params-log").check();
  const log = (await dw.boundingBox())?.height ?? 0;
  expect(linear).toBeLessThanOrEqual(1.5);
  expect(log).toBeGreaterThan(20);

  // Any other model: its own split, computed, not V1's paper.
  await page.goto("/explore?model=v2&alpha=0.35&res=224");
  await expect(page.getByTestId("v1-table2-note")).toHaveCount(0);
  await expect(page.getByTestId("split-intro")).toHaveText(
    /^In MobileNetV2 0\.35 at 224×224, 1×1 \(pointwise\) convolutions do [\d.]+ % of the multiply-adds, and the fully connected layer holds [\d.]+ % of the parameters\.$/,
  );
  await context.close();
});
