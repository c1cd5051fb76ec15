import { watchForErrors } from "./fixtures/page-problems";
import { expect, test, type Page } from "./fixtures/test";
import { mkdirSync } from "node:fs";

/**
 * Crawls every page reachable by an internal link from the home page, so a broken route or a
 * navigation link to nowhere fails here. Each page must load with no console error and no failed
 * request, and is photographed at phone and desktop widths for a human to look at.
 */
const WIDTHS = [390, 1280] as const;
const MAX_PAGES = 80;
const SHOTS = "e2e/screenshots/smoke";

async function internalLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator("a[href^='/']")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return hrefs
    .map((h) => h.split("#")[0] ?? "")
    .filter((h) => h.length > 0 && !/\.[a-z0-9]+$/i.test(h));
}

test("every linked route renders without errors, at phone and desktop widths", async ({ page }) => {
  test.setTimeout(600_000);
  mkdirSync(SHOTS, { recursive: true });
  const problems = watchForErrors(page, { failedRequests: true });
  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  while (queue.length > 0 && seen.size <= MAX_PAGES) {
    const route = queue.shift() ?? "/";
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const res = await page.goto(route, { waitUntil: "networkidle" });
      expect(res?.status(), `${route} HTTP status`).toBeLessThan(400);
      await expect(page.locator("h1").first(), `${route} has a heading`).toBeVisible();
      const name = route === "/" ? "home" : route.slice(1).replaceAll(/[/?=&]/g, "_");
      await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
    }
    expect(problems, `problems on ${route}`).toEqual([]);
    for (const link of await internalLinks(page)) {
      const path = link.split("?")[0] ?? link;
      if (!seen.has(path)) {
        seen.add(path);
        queue.push(link);
      }
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(2);
});

test("the header navigation reaches every section and marks the current one", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of ["Learn", "Explore", "Blocks", "Classify", "Lab"]) {
    await nav.getByRole("link", { name: label }).click();
    await expect(nav.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
    await expect(page.locator("h1").first()).toBeVisible();
  }
});

test("dark mode follows the system and the toggle overrides it", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.getByRole("button", { name: "Switch to light mode" }).click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await context.close();
});
