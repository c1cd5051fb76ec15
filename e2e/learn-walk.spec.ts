import { expect, test, type Locator, type Page } from "./fixtures/test";
import { blockAnimation } from "@/lib/blocks/block-stages";
import { formatCount } from "@/lib/cost/format";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { LESSONS } from "@/lib/lessons/catalog";
import { SELF_CHECKS } from "@/lib/lessons/self-check-questions";
import { lostTexCommands, lostTexCommandsInFormula } from "@/lib/lessons/tex-lint";
import { inEveryThemeAndWidth } from "./fixtures/themes";

/**
 * A learner's second walk through the lessons (issue 27): formulas that kept their backslashes,
 * self-checks that arrow keys cannot answer, a phone player that narrates, animations that wait to
 * be seen, anchors below the header, deep links, the glossary and projector mode.
 */

const PHONE = { width: 390, height: 844 } as const;

const DESKTOP = { width: 1280, height: 900 } as const;

/** Opens `url` at `viewport`; reduced motion (the default) keeps a player's stages from animating. */
async function openAt(
  page: Page,
  url: string,
  viewport: { width: number; height: number },
  reducedMotion: "reduce" | "no-preference" = "reduce",
) {
  await page.emulateMedia({ reducedMotion });
  await page.setViewportSize(viewport);
  await page.goto(url);
}

/** The rendered text of the page's main column and the TeX source of every formula in it. */
async function renderedText(page: Page): Promise<{ text: string; formulas: string[] }> {
  return page.evaluate(() => ({
    text: document.querySelector("main")?.innerText ?? "",
    formulas: [...document.querySelectorAll("main annotation")].map((a) => a.textContent ?? ""),
  }));
}

function texProblems(r: { text: string; formulas: string[] }): string[] {
  return [
    ...lostTexCommands(r.text, true),
    ...r.formulas.flatMap((f) => lostTexCommandsInFormula(f)),
  ].map((p) => `${p.command}: …${p.context}…`);
}

/** The header's bottom edge, in viewport pixels. */
const headerBottom = (page: Page) =>
  page.evaluate(() => document.querySelector("header")?.getBoundingClientRect().bottom ?? 0);

test("no TeX command lost its backslash in any lesson, hint or explanation as rendered", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const { slug } of LESSONS) {
    await page.goto(`/learn/${slug}`);
    const problems = texProblems(await renderedText(page));
    // Every explanation (shown for a right answer) and every hint with a formula (a first wrong
    // answer), as a learner sees them; the unit test reads all of them as data too.
    for (const question of SELF_CHECKS[slug] ?? []) {
      const q = page.getByTestId(`self-check-${question.id}`);
      const status = q.getByRole("status");
      for (const [i, option] of question.options.entries()) {
        if (!option.correct && !option.hint?.includes("$")) continue;
        await q.getByRole("radio").nth(i).check();
        await q.getByRole("button", { name: "Check", exact: true }).click();
        await expect(status).toContainText(option.correct ? "Correct." : "Hint:");
        problems.push(
          ...texProblems({
            text: await status.innerText(),
            formulas: await status.locator("annotation").allTextContents(),
          }),
        );
        await q.getByRole("button", { name: /question (again|over)/ }).click();
      }
    }
    expect(problems, slug).toEqual([]);
  }
});

test("on a phone the stage sentence and the MAC count stay in view with the controls", async ({
  page,
}) => {
  await openAt(page, "/learn/mobilenet-v2", PHONE);
  const player = page.getByTestId("block-player");
  const next = player.getByRole("button", { name: "Next stage" });
  await next.scrollIntoViewIfNeeded();
  const narration = player.getByTestId("phone-narration-caption");
  const macs = player.getByTestId("phone-narration-macs");
  const fullCaption = player.getByTestId("stage-caption").locator("p").nth(1);
  let steps = 0;
  while (await next.isEnabled()) {
    await next.click();
    steps++;
    await expect(player).toHaveAttribute("data-step", String(steps));
    await expect(narration).toHaveText((await fullCaption.textContent()) ?? "");
    await expect(narration).toBeInViewport({ ratio: 1 });
    await expect(macs).toBeInViewport({ ratio: 1 });
    await expect(macs).toContainText("MACs");
  }
  expect(steps).toBeGreaterThanOrEqual(3);
});

test("a lesson's animation plays only once most of it is seen, and restarts when it comes back", async ({
  page,
}) => {
  await openAt(page, "/learn/mobilenet-v2", DESKTOP, "no-preference");
  const player = page.getByTestId("block-player");
  const frame = player.getByTestId("diagram-frame");
  await expect(player).toHaveAttribute("data-playing", "false");
  // 40 px of the diagram peeking in from below is not "seen".
  await frame.evaluate((el) => {
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight + 40);
  });
  await page.waitForTimeout(600);
  await expect(player).toHaveAttribute("data-playing", "false");
  await frame.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await expect(player).toHaveAttribute("data-playing", "true");
  await expect(player).not.toHaveAttribute("data-step", "0", { timeout: 10_000 });
  // Scrolled away it stops; back in view it starts again from the first stage.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(player).toHaveAttribute("data-playing", "false");
  await frame.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await expect(player).toHaveAttribute("data-step", "0");
  await expect(player).toHaveAttribute("data-playing", "true");
});

test("every lesson heading has an anchor, and an anchor or glossary link lands below the header", async ({
  page,
}) => {
  await page.goto("/learn/mobilenet-v4");
  const headings = page.locator("main h2");
  const count = await headings.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (const h of await headings.all()) {
    const id = await h.getAttribute("id");
    expect(id).toBeTruthy();
    await expect(h.locator(`a[href="#${id}"]`)).toHaveCount(1);
  }
  const roofline = page.locator("h2#roofline");
  await roofline.getByRole("link", { name: /Link to this section/ }).click();
  await expect(page).toHaveURL(/#roofline$/);
  await expect(roofline).toBeInViewport();
  expect((await roofline.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(await headerBottom(page));

  // A term's first use links to its glossary entry, which also lands below the header.
  await page.goto("/learn/why-efficient");
  await page.locator("main [data-term=imagenet]").first().click();
  await expect(page).toHaveURL(/\/learn\/glossary#imagenet$/);
  const entry = page.locator("h2#imagenet");
  await expect(entry).toBeInViewport();
  await expect
    .poll(async () => ((await entry.boundingBox())?.y ?? 0) - (await headerBottom(page)))
    .toBeGreaterThanOrEqual(0);
  await expect(page.getByTestId("glossary").locator("h2")).toHaveCount(
    await page.getByTestId("glossary").locator("section").count(),
  );
});

test("a lesson's main control lives in the URL: sliders and player stages deep-link", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/learn/width-and-resolution?alpha=0.5&res=160");
  const expected = resolveNetwork("v1", { alpha: 0.5, resolution: 160 }).totals.macs;
  await expect(page.getByTestId("lab-macs")).toHaveText(`${formatCount(expected)} MACs`);
  const alpha = page.getByRole("slider", { name: "Width multiplier α" });
  await alpha.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/alpha=0\.55/);
  await expect(page).toHaveURL(/res=160/);

  await page.goto("/learn/mobilenet-v2?stage=3");
  const player = page.getByTestId("block-player");
  await expect(player).toHaveAttribute("data-step", "2");
  await expect(player).toBeInViewport();
  await player.getByRole("button", { name: "Next stage" }).click();
  await expect(page).toHaveURL(/[?&]stage=4$/);
});

test("lesson 2 shows a kernel sliding over a real photo; lesson 6 draws the roofline", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/learn/depthwise-separable");
  const slide = page.getByTestId("kernel-slide");
  // Under reduced motion nothing plays: the whole output map is shown, the slider moves the kernel.
  await expect(slide).toHaveAttribute("data-position", "675");
  const position = slide.getByRole("slider", { name: "Kernel position" });
  await position.focus();
  await page.keyboard.press("Home");
  await expect(slide).toHaveAttribute("data-position", "0");
  await page.keyboard.press("ArrowRight");
  await expect(position).toHaveAttribute("aria-valuetext", /^row 1, column 2: output -?\d/);
  // The grid is drawn from the photo: its cells are not all one grey.
  const greys = await slide
    .locator("canvas")
    .first()
    .evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext("2d")?.getImageData(0, 0, c.width, c.height).data ?? [];
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 37) seen.add(data[i] ?? 0);
      return seen.size;
    });
  expect(greys).toBeGreaterThan(20);

  await page.goto("/learn/mobilenet-v4");
  const roofline = page.getByTestId("roofline-chart");
  await expect(roofline.locator("path")).toHaveCount(2);
  await expect(roofline).toContainText("1×1 pointwise: 111 multiply-adds per byte");
  await expect(roofline).toContainText("26 % of the Pixel 8 EdgeTPU's peak");
});

test("projector mode: labels, ticks and self-check radios of at least 14 px, remembered", async ({
  page,
}) => {
  await openAt(page, "/learn/width-and-resolution", DESKTOP);
  const toggle = page.getByRole("button", { name: "Projector" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/projector/);
  const tickPx = await page
    .locator("main figure svg text")
    .evaluateAll((ts) =>
      Math.min(
        ...ts.map(
          (t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a,
        ),
      ),
    );
  expect(tickPx).toBeGreaterThanOrEqual(14);
  const radio = await page.locator(".self-check-radio").first().boundingBox();
  expect(radio?.width ?? 0).toBeGreaterThanOrEqual(14);

  await page.goto("/learn/mobilenet-v2");
  const labels = page.getByTestId("diagram-frame").locator("svg text");
  const labelPx = await labels.evaluateAll((ts) =>
    Math.min(
      ...ts
        .filter((t) => t.getBoundingClientRect().width > 0)
        .map(
          (t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a,
        ),
    ),
  );
  expect(labelPx).toBeGreaterThanOrEqual(14);
  await page.getByRole("button", { name: "Projector" }).click();
  await expect(page.locator("html")).not.toHaveClass(/projector/);
});

test("the Mobile MQA diagram on a phone scrolls sideways to what each stage highlights", async ({
  page,
}) => {
  await openAt(page, "/learn/mobilenet-v4?mqa-stage=1", PHONE);
  const block = resolveNetwork("v4-hybrid-m").blocks[8];
  const stages = block ? (blockAnimation(block)?.stages ?? []) : [];
  expect(stages.length).toBeGreaterThan(2);
  const player = page.getByTestId("lesson-block-v4-mqa").getByTestId("block-player");
  await expect(player).toHaveAttribute("data-step", "0");
  // The vertical diagram is wider than the phone: the test means something only if it scrolls.
  const scrolls = await player.evaluate((root) => {
    const svg = [...root.querySelectorAll<SVGSVGElement>("[data-testid=diagram-frame] svg")].find(
      (s) => s.getBoundingClientRect().width > 0,
    );
    const box = svg?.parentElement;
    return !!box && box.scrollWidth > box.clientWidth;
  });
  expect(scrolls).toBe(true);
  const next = player.getByRole("button", { name: "Next stage" });
  for (let i = 1; i < stages.length; i++) {
    await next.click();
    await expect(player).toHaveAttribute("data-step", String(i));
    const focus = stages[i]?.focus ?? [];
    await expect.poll(() => highlightedOutside(player, focus), { timeout: 5_000 }).toEqual([]);
  }
});

/** Focus ids whose nodes lie entirely outside the diagram's sideways-scrolling box. */
async function highlightedOutside(player: Locator, focus: readonly string[]): Promise<string[]> {
  return player.evaluate((root, ids) => {
    const svg = [...root.querySelectorAll<SVGSVGElement>("[data-testid=diagram-frame] svg")].find(
      (s) => s.getBoundingClientRect().width > 0,
    );
    const box = svg?.parentElement?.getBoundingClientRect();
    if (!svg || !box) return ["no diagram"];
    return ids.filter((id) => {
      const els = [...svg.querySelectorAll(`[data-node="${id}"]`)];
      return (
        els.length > 0 &&
        els.every((el) => {
          const r = el.getBoundingClientRect();
          return r.right <= box.left || r.left >= box.right;
        })
      );
    });
  }, focus);
}

test("screenshots of the pages this walk changed", async ({ page }) => {
  test.skip(!process.env.LESSON_SHOTS, "set LESSON_SHOTS=1 to take them");
  test.setTimeout(300_000);
  await page.emulateMedia({ reducedMotion: "reduce" });
  const dir = "e2e/screenshots/learn-walk";
  const shots: readonly [string, string, string | null][] = [
    ["glossary", "/learn/glossary", null],
    ["lesson1-terms", "/learn/why-efficient", "main ul"],
    ["lesson2-kernel", "/learn/depthwise-separable", "[data-testid=kernel-slide]"],
    ["lesson4-player", "/learn/mobilenet-v2?stage=3", null],
    ["lesson6-roofline", "/learn/mobilenet-v4#roofline", null],
    ["lesson7-wrap-up", "/learn/run-it-yourself", "[data-testid=wrap-up]"],
    ["blocks-v3", "/blocks/v3-bneck", null],
  ];
  for (const [name, url, target] of shots) {
    await page.goto(url);
    await inEveryThemeAndWidth(
      page,
      dir,
      async (width, scheme) => {
        if (target) await page.locator(target).first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${dir}/${name}-${width}-${scheme}.png` });
      },
      844,
    );
  }
  await page.goto("/learn/mobilenet-v2");
  await page.getByRole("button", { name: "Projector" }).click();
  await page.setViewportSize(DESKTOP);
  await page.getByTestId("diagram-frame").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${dir}/projector-lesson4-1280.png` });
  await page.goto("/learn/width-and-resolution");
  await page.locator("main figure svg").first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${dir}/projector-lesson3-1280.png` });
  await page.getByRole("button", { name: "Projector" }).click();
});
