import { expect, test, type Locator, type Page } from "./fixtures/test";
import { mkdirSync } from "node:fs";
import { inEveryThemeAndWidth } from "./fixtures/themes";

/** The lessons as a user meets them: read, move things, answer the self-check, go to the next one. */

const SLUGS = [
  "why-efficient",
  "depthwise-separable",
  "width-and-resolution",
  "mobilenet-v2",
  "mobilenet-v3",
  "mobilenet-v4",
  "run-it-yourself",
  "mobilenet-as-backbone",
] as const;

/** The first self-check question of each lesson: a wrong and the right answer, as shown. */
const FIRST_QUESTION: Readonly<Record<(typeof SLUGS)[number], { wrong: string; right: string }>> = {
  "why-efficient": { wrong: "Parameters", right: "Multiply-adds (MACs)" },
  "depthwise-separable": { wrong: "About 2×", right: "About 8.7×" },
  "width-and-resolution": { wrong: "They halve", right: "They drop to about a quarter" },
  "mobilenet-v2": { wrong: "The 1×1 expansion", right: "The 1×1 projection" },
  "mobilenet-v3": { wrong: "6", right: "4" },
  "mobilenet-v4": { wrong: "ExtraDW", right: "MobileNetV2's inverted bottleneck (IB)" },
  "run-it-yourself": {
    wrong: "exactly half the time",
    right: "probably less time, but you have to measure",
  },
  "mobilenet-as-backbone": {
    wrong: "All six",
    right: "Two: the 19×19 and 10×10 maps (Conv2d_11 and Conv2d_13)",
  },
};

/** Picks an option of a self-check question and presses its Check button. */
async function answer(question: Locator, option: string): Promise<void> {
  await question.getByRole("radio", { name: option, exact: true }).check();
  await question.getByRole("button", { name: "Check", exact: true }).click();
}

test("the lesson index lists every lesson in order", async ({ page }) => {
  await page.goto("/learn");
  await expect(page.locator("h1")).toHaveText("Lessons");
  const links = page.locator("main ol a");
  await expect(links).toHaveCount(SLUGS.length);
  await expect(links.first()).toHaveAttribute("href", "/learn/why-efficient");
  await expect(links.last()).toHaveAttribute("href", `/learn/${SLUGS[SLUGS.length - 1]}`);
});

test("Next walks through every lesson in order; each has one h1 and a self-check with explained feedback", async ({
  page,
}) => {
  await page.goto(`/learn/${SLUGS[0]}`);
  for (const [i, slug] of SLUGS.entries()) {
    await expect(page).toHaveURL(new RegExp(`/learn/${slug}$`));
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.getByText(`Lesson ${i + 1} of ${SLUGS.length}`)).toBeVisible();
    const questions = page.locator("[data-testid^='self-check-']");
    expect(await questions.count()).toBeGreaterThanOrEqual(2);
    expect(await questions.count()).toBeLessThanOrEqual(3);
    const first = questions.first();
    const feedback = first.getByRole("status");
    await answer(first, FIRST_QUESTION[slug].wrong);
    await expect(feedback).toContainText("Not quite.");
    await answer(first, FIRST_QUESTION[slug].right);
    await expect(feedback).toContainText("Correct.");
    const next = page.getByRole("navigation", { name: "Lessons" }).locator("a[rel='next']");
    if (i < SLUGS.length - 1) {
      await next.click();
    } else {
      await expect(next).toHaveCount(0);
      await expect(page.getByRole("link", { name: /Open the explorer/ })).toBeVisible();
    }
  }
  // …and Previous goes back.
  await page.getByRole("navigation", { name: "Lessons" }).locator("a[rel='prev']").click();
  await expect(page).toHaveURL(new RegExp(`/learn/${SLUGS[SLUGS.length - 2]}$`));
});

test("lesson 1: numbers come from the engine and link to the explorer view that produced them", async ({
  page,
}) => {
  await page.goto("/learn/why-efficient");
  const macs = page.getByRole("link", { name: /^569 M MACs \(exactly 568,740,352 MACs\)/ }).first();
  await expect(macs).toHaveAttribute("href", "/explore?model=v1&alpha=1&res=224");
  await expect(page.getByText("1.1 G FLOPs").first()).toBeVisible();
  // The size widget: V1's 4,210,088 weights are 16.8 MB as float32 and 4.2 MB as int8.
  const units = page.getByTestId("cost-units");
  await expect(units.getByTestId("cost-units-mb")).toHaveText("16.8 MB");
  await units.getByRole("radio", { name: "8-bit integer" }).check();
  await expect(units.getByTestId("cost-units-mb")).toHaveText("4.2 MB");
  await units.getByRole("combobox", { name: "Model" }).selectOption("v2");
  await expect(units.getByTestId("cost-units-mb")).toHaveText("3.5 MB");
  await expect(units.getByRole("link", { name: "301 M MACs" })).toHaveAttribute(
    "href",
    "/explore?model=v2&alpha=1&res=224",
  );
});

test("lesson 2: the calculator reproduces V1 Table 3 and the 1/N + 1/Dk² identity", async ({
  page,
}) => {
  const fonts: number[] = [];
  page.on("response", (r) => {
    if (/KaTeX.*\.woff2/.test(r.url())) fonts.push(r.status());
  });
  await page.goto("/learn/depthwise-separable");
  await expect(page.locator(".katex-display")).toHaveCount(3);
  const calc = page.getByTestId("separable-calculator");
  await expect(calc.getByTestId("calc-standard-macs")).toHaveText("462 M");
  await expect(calc.getByTestId("calc-standard-macs")).toHaveAttribute("title", "462,422,016 MACs");
  await expect(calc.getByTestId("calc-separable-macs")).toHaveText("52 M");
  await expect(calc.getByTestId("calc-separable-macs")).toHaveAttribute("title", "52,283,392 MACs");
  await expect(calc.getByTestId("calc-ratio")).toHaveText("0.1131");
  await expect(calc.getByTestId("calc-closed-form")).toHaveText("0.1131");

  await calc.getByTestId("calc-outChannels").fill("256");
  await expect(calc.getByTestId("calc-closed-form")).toHaveText("0.1150");
  await expect(calc.getByTestId("calc-ratio")).toHaveText("0.1150");
  await expect(calc.getByTestId("calc-times")).toHaveText("8.7×");

  await calc.getByTestId("calc-stride").selectOption("2");
  await expect(calc.getByText("Output map: 7×7×256")).toBeVisible();
  await expect(calc.getByTestId("calc-ratio")).toHaveText("0.1150");

  // To scale: the separable bar is 1/8.7 of the standard one, and the player plays the same layer.
  await expect(calc.getByTestId("calc-bars-summary")).toContainText("8.7×");
  const player = calc.getByTestId("lesson-block-v1-separable");
  await expect(player.getByTestId("counter-macs-total")).toHaveText(
    (await calc.getByTestId("calc-separable-macs").innerText()).trim(),
  );
  await expect(player).toContainText("512 → 256 channels, 14×14 input, stride 2");

  await calc.getByTestId("calc-kernel").fill("0");
  await expect(calc.getByRole("alert")).toContainText(
    "Kernel size must be a whole number from 1 to 11, got 0.",
  );
  await calc.getByTestId("calc-kernel").fill("99");
  await expect(calc.getByRole("alert")).toContainText("got 99");
  await calc.getByTestId("calc-kernel").fill("");
  await expect(calc.getByRole("alert")).toContainText("Kernel size is empty");
  await expect(calc.getByRole("alert")).not.toContainText("got 0");
  await expect(calc.getByTestId("calc-kernel")).toHaveAttribute("aria-invalid", "true");
  await expect(calc.getByTestId("calc-ratio")).toHaveText("0.1150");

  // KaTeX's fonts are bundled and served locally.
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.every((s) => s === 200)).toBe(true);
});

test("self-check: a hint for the chosen mistake, then the explanation; answers and progress are remembered", async ({
  page,
}) => {
  await page.goto("/learn/depthwise-separable");
  const q = page.getByTestId("self-check-ratio");
  const feedback = q.getByRole("status");
  await answer(q, "About 256×");
  await expect(feedback).toContainText(/^Not quite\. Hint: /);
  await expect(feedback).toContainText("is only one of the two terms");
  await expect(feedback).toContainText("check again.");
  await expect(feedback.locator(".katex")).toHaveCount(2);
  await expect(q).toHaveAttribute("data-feedback", "hint");
  await answer(q, "About 2×");
  await expect(q).toHaveAttribute("data-feedback", "explanation");
  await expect(feedback).toContainText("8.7× fewer multiply-adds");
  // The formula in the feedback is typeset by KaTeX, not shown as "1/D_K²".
  await expect(feedback.locator(".katex")).toHaveCount(1);
  await answer(q, "About 8.7×");
  await expect(feedback).toContainText("Correct.");
  await expect(page.getByTestId("self-check-score")).toHaveText(
    /^Opened · 1 of 3 self-check answers right\./,
  );

  // By keyboard, the arrow keys only move between options: nothing is checked (no verdict, no
  // try counted) until Enter or the Check button.
  const dominant = page.getByTestId("self-check-dominant");
  await dominant.getByRole("radio").first().focus();
  for (const _ of [1, 2, 3]) {
    await page.keyboard.press("ArrowDown");
    await expect(dominant).toHaveAttribute("data-feedback", "none");
    await expect(dominant.getByRole("status")).toBeEmpty();
  }
  const depthwise = dominant.getByRole("radio", { name: "The 3×3 depthwise part" });
  await expect(depthwise).toBeChecked();
  await expect(depthwise).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dominant).toHaveAttribute("data-feedback", "hint");
  // Start over: the answer is forgotten, so the next wrong pick gets its hint again.
  await dominant.getByRole("button", { name: "Start this question over" }).click();
  await expect(dominant).toHaveAttribute("data-feedback", "none");
  await expect(depthwise).not.toBeChecked();
  await answer(dominant, "They cost the same");
  await expect(dominant).toHaveAttribute("data-feedback", "hint");

  // Back later: the pick and its feedback are still there, and /learn shows the progress.
  await page.reload();
  await expect(q.getByRole("radio", { name: "About 8.7×", exact: true })).toBeChecked();
  await expect(feedback).toContainText("Correct.");
  for (const [id, right] of [
    ["dominant", "The 1×1 pointwise part"],
    ["mixing", "The pointwise (1×1) convolution"],
  ] as const)
    await answer(page.getByTestId(`self-check-${id}`), right);
  await page.goto("/learn");
  await expect(page.getByTestId("lesson-progress-depthwise-separable")).toHaveText(
    "✓ Done · 3 of 3 self-check answers right",
  );
  await expect(page.getByTestId("lesson-progress-why-efficient")).toHaveText("Not started");
  await expect(page.getByTestId("lesson-path-progress")).toContainText(
    `1 of ${SLUGS.length} lessons done`,
  );
  await expect(page.getByRole("progressbar", { name: "Lessons done" })).toHaveAttribute(
    "aria-valuenow",
    "1",
  );
  await inEveryThemeAndWidth(page, "e2e/screenshots/learn", (width, scheme) =>
    page.screenshot({ path: `e2e/screenshots/learn/progress-${width}-${scheme}.png` }),
  );
  await page.getByRole("button", { name: "Forget my answers" }).click();
  await expect(page.getByTestId("lesson-path-progress")).toContainText(
    `0 of ${SLUGS.length} lessons done`,
  );
});

async function labText(page: Page, testId: string) {
  return page.getByTestId("width-resolution-lab").getByTestId(testId);
}

test("lesson 3: α and resolution sliders by keyboard give the paper's numbers", async ({
  page,
}) => {
  await page.goto("/learn/width-and-resolution");
  const lab = page.getByTestId("width-resolution-lab");
  const alpha = lab.getByRole("slider", { name: "Width multiplier α" });
  await alpha.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowLeft");
  await expect(alpha).toHaveAttribute("aria-valuetext", "α 0.50: 149 M MACs, 1.3 M params");
  await expect(await labText(page, "lab-macs")).toHaveText("149 M MACs");
  await expect(await labText(page, "lab-params")).toHaveText("1.3 M params");
  await expect(await labText(page, "lab-macs")).toHaveAttribute(
    "href",
    "/explore?model=v1&alpha=0.5&res=224",
  );
  await expect(await labText(page, "lab-a2")).toContainText("0.250");
  // The engine's measured share (149 M of 569 M MACs) beside the α²ρ² prediction, and what shrinks.
  await expect(await labText(page, "lab-macs-measured")).toHaveText("0.263");
  await expect(await labText(page, "lab-weights")).toHaveText("α² = 0.250");
  await expect(lab.getByTestId("published-panel")).toContainText("63.7 %");
  await expect(lab.getByTestId("published-panel")).toContainText("149 M");

  await page.keyboard.press("End");
  const res = lab.getByRole("slider", { name: /Input resolution/ });
  await res.focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(res).toHaveAttribute("aria-valuetext", /^160 pixels, ρ 0\.714/);
  // The paper prints 290 M (Table 7); the exact count is 290,675,200.
  await expect(lab.getByTestId("published-panel")).toContainText("290 M");
  await expect(lab.getByTestId("published-panel")).toContainText("67.2 %");
  await expect(await labText(page, "lab-macs")).toHaveAttribute("title", /290,675,200 MACs/);
  await expect(await labText(page, "lab-params")).toHaveText("4.2 M params");
  await expect(lab.getByTestId("accuracy-current")).toBeVisible();

  // The linked number opens the explorer on the same view.
  await (await labText(page, "lab-macs")).click();
  await expect(page).toHaveURL(/\/explore\?model=v1&alpha=1&res=160$/);
  await expect(page.getByTestId("total-macs-exact")).toHaveText("290,675,200");
});

test("lessons 3–6 show engine-computed numbers, blocks and the activation plot", async ({
  page,
}) => {
  await page.goto("/learn/width-and-resolution");
  // Why 149 M and not a quarter of 569 M, from the engine: depthwise, first conv, classifier.
  const gap = page.getByTestId("alpha-gap");
  await expect(gap.getByTestId("alpha-gap-extra-pointwise")).toHaveText("0");
  await expect(gap.getByTestId("alpha-gap-extra-depthwise")).toHaveText("+4.35 M");
  await expect(gap.getByTestId("alpha-gap-extra-conv")).toHaveText("+2.71 M");
  await expect(gap.getByTestId("alpha-gap-extra-fc")).toHaveText("+0.26 M");
  await expect(gap.getByTestId("alpha-gap-extra-total")).toHaveText("+7.31 M");
  await page.goto("/learn/mobilenet-v2");
  await expect(page.getByTestId("block-v2-block3")).toContainText("56×56×24 → 56×56×144");
  await page.goto("/learn/mobilenet-v3");
  await expect(page.getByTestId("activation-plot").locator("path")).toHaveCount(3);
  await page.getByTestId("activation-plot").getByText("The curves as a table").click();
  await expect(
    page.getByTestId("activation-plot").locator("tbody tr").filter({ hasText: /^4/ }),
  ).toContainText("4.000");
  await expect(page.getByRole("main")).toContainText("72 / 4 = 18 → 24");
  // What SE and h-swish cost and buy: V3-Large, its minimalistic variant and V3-Small in the engine.
  const variants = page.getByTestId("v3-variant-table");
  await expect(variants.locator("tbody tr")).toHaveCount(3);
  await expect(variants.locator("tr[data-model='v3-large-minimalistic']")).toContainText(
    /209 M3\.9 Mnonenonenone72\.3 % \(TF-slim README\)/,
  );
  await expect(variants.locator("tr[data-model='v3-large']")).toContainText("8 (1.5 M, 1.51 M)");
  await expect(
    page.getByRole("link", { name: /real V3-Large minimalistic for your photo/ }),
  ).toHaveAttribute(
    "href",
    "/inside?model=mobilenet-v3-large-minimalistic-1.0-224&layer=block4/depthwise",
  );
  await page.goto("/learn/mobilenet-v4");
  await expect(page.getByTestId("uib-examples").locator("tbody tr")).toHaveCount(4);
  // The 39 % is the cut in added latency, not a whole-model speed-up; V4's counts side by side.
  await expect(page.getByRole("main")).toContainText("39 % less added latency");
  await expect(page.getByRole("main")).toContainText("about 6 % faster");
  await expect(page.getByRole("main")).not.toContainText("unverified");
  await expect(page.getByTestId("v4-count-table").locator("tbody tr")).toHaveCount(5);
  await expect(page.locator("h2#roofline")).toHaveText(/roofline/);
  // The first Lab link is the lesson's own (the ridge-point step has another).
  await expect(
    page.getByRole("main").getByRole("link", { name: "Lab", exact: true }).first(),
  ).toHaveAttribute("href", "/lab");
  await expect(page.getByTestId("block-v4-hybrid-m-block8")).toContainText("attention");
  await page.goto("/learn/run-it-yourself");
  await expect(
    page.getByRole("main").getByRole("link", { name: "Classify", exact: true }),
  ).toHaveAttribute("href", "/classify");
});

test("screenshots: every lesson at 390 and 1280 px, light and dark", async ({ page }) => {
  test.setTimeout(240_000);
  mkdirSync("e2e/screenshots/learn", { recursive: true });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const slug of SLUGS) {
        await page.goto(`/learn/${slug}`, { waitUntil: "networkidle" });
        await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
        // Nothing may overflow sideways on a phone.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${slug} at ${width} px overflows`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: `e2e/screenshots/learn/${slug}-${width}-${scheme}.png`,
          fullPage: true,
        });
      }
    }
  }
});
