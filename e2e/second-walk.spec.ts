import { expect, test } from "./fixtures/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SECTIONS } from "@/lib/site-map";
import { MODELS, openClassify } from "./fixtures/classify-helpers";
import { inEveryThemeAndWidth } from "./fixtures/themes";
import { dropOnnx, openModelPage } from "./fixtures/model-page";

/**
 * The page side of a learner's second walk (#27): the phone menu reaches every section, deep links
 * (`/blocks/<kind>?stage=`, `/inside?sample=&layer=`), classify → inside keeps the photo, /inside
 * steps layers beside the view on a phone, the compare cards fit a phone, the /inside model cards do
 * not overlap at 1280 px, and /model names a recognised file's layers by block.
 */
const SHOTS = "e2e/screenshots/second-walk";
const PHONE = { width: 390, height: 844 };
const SAMPLE = "chelsea-cat.jpg";
const V2 = "mobilenet-v2-1.0-224";

test("phone menu: every section is reachable at 390 px, by touch and by keyboard", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto("/");
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const s of SECTIONS) {
    const link = nav.getByRole("link", { name: s.label, exact: true });
    await expect(link).toBeVisible();
    const box = await link.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width, s.label).toBe(true);
    expect(box && box.height >= 44, `${s.label} is a 44 px target`).toBe(true);
  }
  await inEveryThemeAndWidth(page, SHOTS, async (width, scheme) => {
    if (width === 390) await page.screenshot({ path: `${SHOTS}/menu-${width}-${scheme}.png` });
  });
  await page.setViewportSize(PHONE);
  // The last section (past the right edge before) by touch: it navigates and closes the menu.
  const last = SECTIONS.at(-1);
  if (!last) throw new Error("no sections");
  await nav.getByRole("link", { name: last.label, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${last.href}$`));
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  // By keyboard: Enter opens, Tab reaches the links, Escape closes and gives focus back.
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link").first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
});

test("/blocks/<kind>?stage=3 opens at stage 3, and stepping keeps the stage in the URL", async ({
  page,
}) => {
  await page.goto("/blocks/v2-inverted-residual?stage=3");
  const caption = page.getByTestId("stage-caption");
  await expect(caption).toContainText(/Stage 3 of \d+/);
  await page.getByRole("button", { name: "Next stage" }).click();
  await expect(caption).toContainText(/Stage 4 of \d+/);
  await expect(page).toHaveURL(/stage=4/);
});

test("/inside model cards do not run into each other at 1280 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/inside");
  const cards = page.getByTestId("model-card");
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) {
    const overflow = await card.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const cardBox = await card.boundingBox();
    for (const stat of await card.getByTestId(/card-(paper|model)-top1/).all()) {
      const b = await stat.boundingBox();
      expect(b && cardBox && b.x + b.width <= cardBox.x + cardBox.width + 1).toBe(true);
    }
  }
  await inEveryThemeAndWidth(page, SHOTS, (width, scheme) =>
    page.screenshot({ path: `${SHOTS}/inside-top-${width}-${scheme}.png`, fullPage: true }),
  );
});

test.describe("with the real models", () => {
  test.skip(!MODELS.includes(V2), "needs MobileNetV2 installed (npm run setup:models)");

  test("/inside?sample=&layer= lands on that layer with that photo; previous/next step beside it on a phone", async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/inside?model=${V2}&layer=block3/depthwise&sample=${SAMPLE}`);
    const view = page.getByTestId("layer-view");
    await expect(view).toHaveAttribute("data-layer", "block3/depthwise", { timeout: 120_000 });
    await expect(page.locator("#result-heading")).toContainText(SAMPLE);
    // The result was brought into view: on a phone it starts far below the sample photos.
    await expect(page.locator("#result-heading")).toBeInViewport();
    const next = page.getByRole("button", { name: "Next layer" });
    const prev = page.getByRole("button", { name: "Previous layer" });
    expect((await next.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await next.click();
    await expect(view).toHaveAttribute("data-layer", "block3/project", { timeout: 30_000 });
    await expect(next).toBeInViewport();
    await expect(page.getByTestId("layer-header")).toBeInViewport();
    await prev.click();
    await expect(view).toHaveAttribute("data-layer", "block3/depthwise", { timeout: 30_000 });
    await expect(page).toHaveURL(/sample=chelsea-cat\.jpg/);
    await inEveryThemeAndWidth(
      page,
      SHOTS,
      (width, scheme) => page.screenshot({ path: `${SHOTS}/inside-layer-${width}-${scheme}.png` }),
      844,
    );
  });

  test("an /inside layer link without a photo says it needs one", async ({ page }) => {
    await page.goto(`/inside?model=${V2}&layer=block3/depthwise`);
    await expect(page.getByTestId("needs-photo")).toContainText(
      "This link opens layer block3/depthwise",
    );
  });

  test("compare on a phone (progress, Stop, cards that fit), then classify → inside keeps the photo", async ({
    page,
  }) => {
    const uploads: string[] = [];
    page.on("request", (r) => {
      // A request that could carry the photo: anything with a body (the static export's
      // link prefetches are HEAD requests).
      if (r.postData() !== null || !["GET", "HEAD"].includes(r.method()))
        uploads.push(`${r.method()} ${r.url()}`);
    });
    await page.setViewportSize(PHONE);
    await openClassify(page);
    await page.locator(`input[name=model][value="${V2}"]`).check({ force: true });
    await page.getByTestId("timed-runs").fill("1");
    await page.getByTestId(`sample-${SAMPLE}`).click();
    await expect(page.getByTestId("top1-label")).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId("threads-used")).toContainText(/on \d+ threads?/);
    // Not greyed out while the single run is still being timed.
    await expect(page.getByTestId("compare-button")).toBeEnabled();
    await page.getByTestId("compare-button").click();
    const progress = page.getByTestId("compare-progress");
    await expect(progress).toContainText(/Comparing 1 of \d+/);
    await expect(progress).toContainText(/Compared (\d+) of \1\./, { timeout: 240_000 });
    const total = Number(/Compared (\d+)/.exec((await progress.textContent()) ?? "")?.[1]);
    expect(total).toBeGreaterThanOrEqual(2);
    await expect(page.getByTestId("compare-card")).toHaveCount(total);
    const card = page.getByTestId("compare-card").first();
    await expect(card).toContainText("MB");
    await expect(card).toContainText("Published top-1");
    const clipped = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>("[data-testid=compare-card] *")) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5))
          out.push(el.textContent ?? el.tagName);
      }
      return { out, scroll: document.documentElement.scrollWidth };
    });
    expect(clipped.out).toEqual([]);
    expect(clipped.scroll).toBeLessThanOrEqual(PHONE.width);
    await inEveryThemeAndWidth(page, SHOTS, (width, scheme) =>
      page
        .locator("[aria-labelledby=compare-heading]")
        .screenshot({ path: `${SHOTS}/compare-${width}-${scheme}.png` }),
    );
    // Stop: a second compare stops after the model running now.
    await page.setViewportSize(PHONE);
    await page.getByTestId("compare-button").click();
    await page.getByRole("button", { name: "Stop comparing" }).click();
    await expect(progress).toContainText(/Stopped after \d+ of/);
    await expect(page.getByTestId("compare-button")).toBeEnabled();
    // The photo goes along to /inside (same tab, client-side navigation, nothing uploaded).
    await page.getByRole("link", { name: /See this photo inside the model/ }).click();
    await expect(page).toHaveURL(new RegExp(`/inside\\?model=${V2}`));
    await expect(page.locator("#result-heading")).toContainText(SAMPLE, { timeout: 120_000 });
    await expect(page.getByTestId("needs-photo")).toHaveCount(0);
    expect(uploads).toEqual([]);
  });

  test("/model names a recognised real model's layers by block, as /inside does", async ({
    page,
  }) => {
    await openModelPage(page);
    await dropOnnx(
      page,
      `${V2}.onnx`,
      readFileSync(join(process.cwd(), "public/models", `${V2}.onnx`)),
    );
    await expect(page.getByTestId("block-names")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId("layer-select")).toContainText("block3/depthwise");
    await inEveryThemeAndWidth(page, SHOTS, async (width, scheme) => {
      await page.locator("#layers-heading").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/model-layers-${width}-${scheme}.png` });
    });
  });
});
