import AxeBuilder from "@axe-core/playwright";
import { BLOCK_KIND_SLUGS } from "@/lib/blocks/catalog";
import { LESSONS } from "@/lib/lessons/catalog";
import { SECTIONS } from "@/lib/site-map";
import { expect, test, type Page } from "./fixtures/test";

/**
 * axe-core on every route of the site map, in light and dark mode: no serious or critical WCAG 2.1
 * A/AA violation. Pages are checked once they have hydrated and their client-side content is up.
 */
const ROUTES = [
  "/",
  ...SECTIONS.map((s) => s.href),
  ...LESSONS.map((l) => `/learn/${l.slug}`),
  "/learn/glossary",
  ...BLOCK_KIND_SLUGS.map((k) => `/blocks/${k}`),
];

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary}`),
    );
}

for (const scheme of ["light", "dark"] as const) {
  test(`every route has no serious or critical axe violations (${scheme})`, async ({ browser }) => {
    test.setTimeout(5 * 60_000);
    const context = await browser.newContext({ colorScheme: scheme, reducedMotion: "reduce" });
    const page = await context.newPage();
    const found: string[] = [];
    for (const route of ROUTES) {
      await page.goto(route);
      await expect(page.locator("h1")).toHaveCount(1);
      await page.waitForLoadState("networkidle");
      for (const v of await seriousViolations(page)) found.push(`${route}: ${v}`);
    }
    await context.close();
    expect(found).toEqual([]);
  });
}

/** Presses Tab until `target` has focus (at most `limit` times); fails if it never does. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test("keyboard only: a lesson's self-check, answered wrong then right", async ({ page }) => {
  await page.goto("/learn/why-efficient");
  const question = page.locator("[data-testid^='self-check-']").first();
  const radios = question.getByRole("radio");
  await tabTo(page, radios.first());
  await page.keyboard.press("Space");
  await expect(radios.first()).toBeChecked();
  const feedback = question.getByRole("status");
  // Selecting is not answering: arrow keys move without checking; Enter (or Check) checks.
  await expect(feedback).toBeEmpty();
  await page.keyboard.press("ArrowDown");
  await expect(radios.nth(1)).toBeChecked();
  await expect(feedback).toBeEmpty();
  await page.keyboard.press("Enter");
  await expect(feedback).toContainText("Not quite.");
  // Arrow keys move through the options without checking them.
  const right = question.getByRole("radio", { name: "Multiply-adds (MACs)", exact: true });
  for (let i = 0; i < 6 && !(await right.isChecked()); i++) await page.keyboard.press("ArrowDown");
  await expect(right).toBeChecked();
  await expect(right).toBeFocused();
  await expect(feedback).toContainText("Not quite.");
  await page.keyboard.press("Enter");
  await expect(feedback).toContainText("Correct.");
  expect(await seriousViolations(page)).toEqual([]);
});

test("keyboard only: classify a sample photo with a chosen model on WASM", async ({ page }) => {
  await page.goto("/classify");
  await expect(page.getByTestId("runtime-status")).toBeVisible({ timeout: 60_000 });
  const models = page.locator("input[name=model]:not([disabled])");
  test.skip((await models.count()) === 0, "no models installed: run npm run setup:models");
  await tabTo(page, page.locator("input[name=model]:checked"));
  if ((await models.count()) > 1) await page.keyboard.press("ArrowDown");
  const model = await page.locator("input[name=model]:checked").getAttribute("value");
  await tabTo(page, page.locator("input[name=backend]:checked"));
  const wasm = page.getByRole("radio", { name: "WASM", exact: true });
  for (let i = 0; i < 3 && !(await wasm.isChecked()); i++) await page.keyboard.press("ArrowRight");
  await expect(wasm).toBeChecked();
  const cat = page.getByTestId("sample-chelsea-cat.jpg");
  await tabTo(page, cat);
  await page.keyboard.press("Enter");
  const result = page.locator(
    `[data-testid=result][data-image="chelsea-cat.jpg"][data-model="${model}"][data-backend="wasm"]`,
  );
  await expect(result).toBeVisible({ timeout: 120_000 });
  await expect(result.locator("li[data-index]").first()).toContainText(/cat/i);
  expect(await seriousViolations(page)).toEqual([]);
});

test("keyboard only: run a one-point lab grid and read the table", async ({ page }) => {
  await page.goto("/lab?models=v3-small&alpha=0.5&res=96&backends=wasm&runs=1");
  const run = page.getByRole("button", { name: "Run 1 point" });
  await expect(run).toBeEnabled({ timeout: 60_000 });
  await tabTo(page, run);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("lab-status")).toContainText("Done: 1 point measured.", {
    timeout: 120_000,
  });
  await expect(page.getByTestId("lab-row")).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
});
