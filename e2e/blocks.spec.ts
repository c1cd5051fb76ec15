import { expect, test, type Page } from "./fixtures/test";
import { mkdirSync } from "node:fs";
import type { ModelId } from "@/lib/arch/types";
import { blockStages } from "@/lib/blocks/block-stages";
import type { BlockKindSlug } from "@/lib/blocks/catalog";
import { BLOCK_KIND_SLUGS } from "@/lib/blocks/catalog";
import { formatCount, formatExact } from "@/lib/cost/format";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { inEveryThemeAndWidth, setTheme } from "./fixtures/themes";

/**
 * The animated blocks, checked against the cost engine itself: every stage's scrubber text, caption,
 * tensor labels and running counters, for two layers and two α values per block kind. Reduced motion
 * everywhere except the auto-play test, so frames (and screenshots) are deterministic.
 */
const SHOTS = "e2e/screenshots/blocks";

interface Case {
  readonly kind: BlockKindSlug;
  readonly model: ModelId;
  /** A block index, or "first-mqa"/"last-mqa" for the hybrids (their indices are not fixed by hand). */
  readonly block: number | "first-mqa" | "last-mqa";
  readonly alpha: number;
  readonly res: number;
}

const CASES: readonly Case[] = [
  { kind: "v1-separable", model: "v1", block: 2, alpha: 1, res: 224 },
  { kind: "v1-separable", model: "v1", block: 12, alpha: 0.5, res: 160 },
  { kind: "v2-inverted-residual", model: "v2", block: 3, alpha: 1, res: 224 },
  { kind: "v2-inverted-residual", model: "v2", block: 14, alpha: 0.35, res: 128 },
  { kind: "v3-bneck", model: "v3-large", block: 4, alpha: 1, res: 224 },
  { kind: "v3-bneck", model: "v3-small", block: 1, alpha: 0.75, res: 192 },
  { kind: "v4-uib", model: "v4-conv-s", block: 5, alpha: 1, res: 224 },
  { kind: "v4-uib", model: "v4-conv-m", block: 10, alpha: 0.75, res: 256 },
  { kind: "v4-mqa", model: "v4-hybrid-m", block: "first-mqa", alpha: 1, res: 256 },
  { kind: "v4-mqa", model: "v4-hybrid-l", block: "last-mqa", alpha: 0.5, res: 384 },
];

function resolveCase(c: Case) {
  const net = resolveNetwork(c.model, { alpha: c.alpha, resolution: c.res });
  const mqa = net.blocks.filter((b) => b.spec.kind === "mqa");
  const block =
    c.block === "first-mqa" ? mqa[0] : c.block === "last-mqa" ? mqa.at(-1) : net.blocks[c.block];
  if (!block) throw new Error(`no block for ${JSON.stringify(c)}`);
  const url = `/blocks/${c.kind}?model=${c.model}&block=${block.index}&alpha=${c.alpha}&res=${c.res}`;
  return { block, stages: blockStages(block), url };
}

function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    // Link prefetches of routes other engineers have not built yet (e.g. /lab) are not this page's fault.
    if (m.type() === "error" && !m.location().url.includes("_rsc=")) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}

async function openPlayer(page: Page, url: string) {
  await page.goto(url);
  const player = page.getByTestId("block-player");
  await expect(player).toBeVisible();
  return player;
}

test.describe("every stage of every block matches the engine", () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.setViewportSize({ width: 1280, height: 1000 });
  });

  for (const c of CASES) {
    test(`${c.kind}: ${c.model} block ${c.block}, α=${c.alpha}, ${c.res} px`, async ({ page }) => {
      const problems = watchForErrors(page);
      const { block, stages, url } = resolveCase(c);
      expect(stages.length).toBeGreaterThan(2);
      const player = await openPlayer(page, url);
      const scrubber = player.getByRole("slider", { name: "Stage" });
      const next = player.getByRole("button", { name: "Next stage" });
      for (const [i, stage] of stages.entries()) {
        await expect(scrubber).toHaveAttribute(
          "aria-valuetext",
          `Stage ${i + 1} of ${stages.length}: ${stage.title}`,
        );
        const caption = player.getByTestId("stage-caption");
        await expect(caption).toContainText(stage.caption);
        await expect(caption.getByTestId("stage-tensor")).toHaveText(
          stage.tensors.map((t) => t.label),
        );
        await expect(player.getByTestId("counter-macs")).toHaveText(
          `${formatExact(stage.macs)} MACs`,
        );
        await expect(player.getByTestId("counter-params")).toHaveText(
          `${formatExact(stage.params)} params`,
        );
        // Every tensor label on screen is drawn in the diagram too.
        for (const t of stage.tensors) {
          await expect(
            player.locator("svg:visible text", { hasText: t.label }).first(),
          ).toBeVisible();
        }
        if (i < stages.length - 1) await next.click();
      }
      await expect(next).toBeDisabled();
      await expect(player.getByTestId("counter-macs")).toHaveText(
        `${formatExact(block.totals.macs)} MACs`,
      );
      await expect(player.getByTestId("counter-params")).toHaveText(
        `${formatExact(block.totals.params)} params`,
      );
      // And back: step back once returns to the previous stage's counters.
      await player.getByRole("button", { name: "Previous stage" }).click();
      await expect(player.getByTestId("counter-macs")).toHaveText(
        `${formatExact(stages.at(-2)?.macs ?? 0)} MACs`,
      );
      expect(problems).toEqual([]);
    });
  }
});

test("the scrubber and buttons work from the keyboard", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const { stages, url } = resolveCase(CASES[2] as Case);
  const player = await openPlayer(page, url);
  const scrubber = player.getByRole("slider", { name: "Stage" });
  await scrubber.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(scrubber).toHaveAttribute(
    "aria-valuetext",
    `Stage 3 of ${stages.length}: ${stages[2]?.title}`,
  );
  await page.keyboard.press("ArrowLeft");
  await expect(player).toHaveAttribute("data-step", "1");
  await player.getByRole("button", { name: "Next stage" }).focus();
  await page.keyboard.press("Enter");
  await expect(player).toHaveAttribute("data-step", "2");
  await player.getByRole("button", { name: "Play" }).focus();
  await page.keyboard.press("Space");
  await expect(player.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.keyboard.press("Space");
  await expect(player.getByRole("button", { name: "Play" })).toBeVisible();
});

test("auto-plays with motion allowed, never under reduced motion", async ({ page }) => {
  const { url } = resolveCase(CASES[4] as Case);
  await page.emulateMedia({ reducedMotion: "no-preference" });
  let player = await openPlayer(page, url);
  await expect(player).toHaveAttribute("data-playing", "true");
  await expect(player).not.toHaveAttribute("data-step", "0", { timeout: 10_000 });

  await page.emulateMedia({ reducedMotion: "reduce" });
  player = await openPlayer(page, url);
  await page.waitForTimeout(4_500); // longer than one stage dwell at 1× speed
  await expect(player).toHaveAttribute("data-step", "0");
  await expect(player).toHaveAttribute("data-playing", "false");
  await expect(player.getByRole("button", { name: "Play" })).toBeVisible();
});

test("the pickers live in the URL and re-drive the engine", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/blocks/v2-inverted-residual?model=v2&block=3&alpha=1&res=224");
  await page.getByLabel("Width α", { exact: true }).selectOption("0.5");
  await expect(page).toHaveURL(/alpha=0\.5/);
  const net = resolveNetwork("v2", { alpha: 0.5, resolution: 224 });
  const block = net.blocks[3];
  const stages = block ? blockStages(block) : [];
  const player = page.getByTestId("block-player");
  await player.getByRole("slider", { name: "Stage" }).fill(String(stages.length - 1));
  await expect(player.getByTestId("counter-macs")).toHaveText(
    `${formatExact(block?.totals.macs ?? -1)} MACs`,
  );
  await page.getByLabel("Model", { exact: true }).selectOption("v2");
  await page.getByLabel("Block", { exact: true }).selectOption("14");
  await expect(page).toHaveURL(/block=14/);
});

test("screenshots at several stages, phone and desktop, light and dark", async ({ page }) => {
  test.setTimeout(300_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const kind of BLOCK_KIND_SLUGS) {
    const c = CASES.find((x) => x.kind === kind) as Case;
    const { stages, url } = resolveCase(c);
    const picks = [...new Set([0, Math.floor(stages.length / 2), stages.length - 1])];
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ reducedMotion: "reduce", colorScheme: scheme });
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const player = await openPlayer(page, url);
        const scrubber = player.getByRole("slider", { name: "Stage" });
        for (const s of scheme === "light" ? picks : [picks[1] ?? 0]) {
          await scrubber.fill(String(s));
          await expect(player).toHaveAttribute("data-step", String(s));
          await player.screenshot({ path: `${SHOTS}/${kind}-s${s}-${width}-${scheme}.png` });
        }
      }
    }
  }
});

test("block totals link to the explorer with the block's first layer; the model picker is full-width on a phone", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const c = CASES[3] as Case; // V2 block 14 at α 0.35, 128 px
  const { block, url } = resolveCase(c);
  const firstLayer = block.layers[0]?.path ?? "";
  await page.setViewportSize({ width: 390, height: 900 });
  const player = await openPlayer(page, url);

  // At 390 px the model select spans the form (no "MobileNetV4-Hybri…"); α and resolution share a row.
  const form = page.getByRole("form", { name: "Choose a layer" });
  const formBox = await form.boundingBox();
  const modelBox = await page.getByLabel("Model", { exact: true }).boundingBox();
  expect(modelBox?.width ?? 0).toBeGreaterThan((formBox?.width ?? 0) - 2);

  const macs = player.getByTestId("counter-macs-total");
  const params = player.getByTestId("counter-params-total");
  await expect(macs).toHaveText(formatCount(block.totals.macs));
  await expect(params).toHaveText(formatCount(block.totals.params));
  await expect(macs).toHaveAccessibleName(
    `${formatCount(block.totals.macs)} MACs (multiply-adds) for MobileNetV2 block ${block.index} (α 0.35, 128 px) (exactly ${formatExact(block.totals.macs)} MACs), open in the explorer`,
  );
  await expect(params).toHaveAttribute(
    "href",
    `/explore?model=v2&alpha=0.35&res=128&layer=${firstLayer}`,
  );

  await inEveryThemeAndWidth(page, "e2e/screenshots/polish", (width, scheme) =>
    page.screenshot({
      path: `e2e/screenshots/polish/blocks-${width}-${scheme}.png`,
      fullPage: true,
    }),
  );

  // Keyboard: the link is focusable and Enter follows it to the explorer with that layer selected.
  await macs.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(
    new RegExp(`/explore\\?model=v2&alpha=0\\.35&res=128&layer=${firstLayer.replace("/", "\\/")}$`),
  );
  await expect(page.getByTestId("layer-details")).toContainText(firstLayer);
});

test("no diagram text is drawn under 11 px, on a phone or a desktop", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const kind of BLOCK_KIND_SLUGS) {
      const { url } = resolveCase(CASES.find((x) => x.kind === kind) as Case);
      const player = await openPlayer(page, url);
      // Every text element of the diagram on screen: its font size times the SVG's on-screen scale.
      const sizes = await player
        .locator("[data-testid=diagram-frame] svg:visible text")
        .evaluateAll((texts) =>
          texts.map((t) => {
            const svg = (t as SVGTextElement).ownerSVGElement as SVGSVGElement;
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return parseFloat(getComputedStyle(t).fontSize) * scale;
          }),
        );
      expect(sizes.length, `${kind} at ${width}`).toBeGreaterThan(4);
      expect(Math.min(...sizes), `${kind} at ${width} px`).toBeGreaterThanOrEqual(11);
      // And the player itself never spills out of a phone's screen (a wide diagram scrolls inside it).
      const box = await player.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0), `${kind} at ${width}`).toBeLessThanOrEqual(width);
    }
  }
  // The computation views are drawn at their own size: 12 px text in a lesson's player on a phone.
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto("/learn/depthwise-separable");
  const player = page.getByTestId("block-player").first();
  for (const kind of ["depthwise", "pointwise"]) {
    await player.getByRole("slider", { name: "Stage" }).fill(String(kind === "depthwise" ? 2 : 3));
    const view = player.getByTestId("computation-view");
    await expect(view).toHaveAttribute("data-kind", kind);
    const sizes = await view.locator("svg text").evaluateAll((texts) =>
      texts.map((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement as SVGSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return parseFloat(getComputedStyle(t).fontSize) * scale;
      }),
    );
    expect(Math.min(...sizes), kind).toBeGreaterThanOrEqual(11);
  }
});

test("on a phone the controls stay on screen and each stage's tensors are scrolled into view", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.setViewportSize({ width: 390, height: 844 });
  const { stages, url } = resolveCase(CASES[4] as Case); // V3-Large: the tallest phone diagram
  const player = await openPlayer(page, url);
  const controls = player.getByTestId("player-controls");
  const next = player.getByRole("button", { name: "Next stage" });
  for (let i = 1; i < stages.length; i += 1) {
    await next.click();
    await expect(player).toHaveAttribute("data-step", String(i));
    await expect(controls).toBeInViewport();
    // The stage's highlighted tensor (the one it produces) is on screen, not scrolled away.
    const focused = player.locator("[data-testid=diagram-frame] svg:visible g[data-state=focus]");
    await expect(focused.first()).toBeInViewport();
  }
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/phone-last-stage-390.png` });
});

test("V1's computation view: a window on one channel, a sum across channels, the count stepping", async ({
  page,
}) => {
  const { block, stages, url } = resolveCase(CASES[0] as Case);
  const dw = block.layers.find((l) => l.op === "depthwise");
  const pw = block.layers.find((l) => l.op === "pointwise");
  if (!dw || !pw) throw new Error("V1 block without dw/pw");
  await page.emulateMedia({ reducedMotion: "reduce" });
  let player = await openPlayer(page, url);
  const scrubber = player.getByRole("slider", { name: "Stage" });
  await scrubber.fill(String(stages.findIndex((s) => s.id === "depthwise")));
  const view = player.getByTestId("computation-view");
  await expect(view).toHaveAttribute("data-kind", "depthwise");
  const k2 = dw.kernel * dw.kernel;
  await expect(player.getByTestId("computation-macs")).toHaveText(
    `1 window × ${k2} = ${k2} multiply-adds`,
  );
  // Reduced motion: discrete steps, nothing moves on its own.
  await page.waitForTimeout(1_000);
  await expect(view).toHaveAttribute("data-tick", "0");
  const step = player.getByRole("button", { name: "Next computation step" });
  await step.click();
  await step.click();
  await expect(player.getByTestId("computation-macs")).toHaveText(
    `3 windows × ${k2} = ${3 * k2} multiply-adds`,
  );
  await expect(player.getByTestId("dw-window")).toHaveAttribute("data-col", "2");
  await expect(player.getByTestId("computation-whole")).toHaveText(formatExact(dw.macs));

  await player.getByRole("button", { name: "Next stage" }).click();
  await expect(view).toHaveAttribute("data-kind", "pointwise");
  await expect(player.getByTestId("computation-macs")).toHaveText(
    `1 of ${formatExact(pw.input.c)} multiply-adds for this value`,
  );
  await player.getByRole("button", { name: "Next computation step" }).focus();
  for (let i = 0; i < 8; i += 1) await page.keyboard.press("Enter");
  await expect(player.getByTestId("computation-macs")).toHaveText(
    `${formatExact(pw.input.c)} of ${formatExact(pw.input.c)} multiply-adds for this value`,
  );
  await expect(player.getByTestId("computation-whole")).toHaveText(formatExact(pw.macs));
  mkdirSync(SHOTS, { recursive: true });
  await view.screenshot({ path: `${SHOTS}/computation-pointwise.png` });

  // With motion allowed the window walks the patch by itself, to the last position.
  await page.emulateMedia({ reducedMotion: "no-preference" });
  player = await openPlayer(page, url);
  await player
    .getByRole("slider", { name: "Stage" })
    .fill(String(stages.findIndex((s) => s.id === "depthwise")));
  await expect(view).toHaveAttribute("data-kind", "depthwise");
  await expect(view).not.toHaveAttribute("data-tick", "0");
  await expect(view).toHaveAttribute("data-tick", "15", { timeout: 10_000 });
  await expect(view).toHaveAttribute("data-running", "false");
});

test("the UIB page shows all four shapes, each a real V4 layer", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/blocks/v4-uib?model=v4-conv-s&block=6&alpha=1&res=224");
  const player = page.getByTestId("block-player");
  await expect(page.getByTestId("uib-IB")).toHaveAttribute("aria-pressed", "true");
  for (const [variant, caption] of [
    ["FFN", "no start depthwise and no middle depthwise"],
    ["ConvNext-like", "no middle depthwise"],
    ["ExtraDW", "start depthwise and a"],
    ["IB", "no start depthwise and a"],
  ] as const) {
    await page.getByTestId(`uib-${variant}`).click();
    await expect(page.getByTestId(`uib-${variant}`)).toHaveAttribute("aria-pressed", "true");
    await expect(player.getByTestId("stage-caption")).toContainText(`of the ${variant} shape`);
    await expect(player.getByTestId("stage-caption")).toContainText(caption);
  }
  // Conv-S has no FFN: that button borrows one from Conv-M.
  await page.getByTestId("uib-FFN").click();
  await expect(page).toHaveURL(/model=v4-conv-m/);
});

test("with your photo: V2 block 3's tensors show the real model's channels", async ({ page }) => {
  test.setTimeout(180_000);
  const problems = watchForErrors(page);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.setViewportSize({ width: 1280, height: 1000 });
  const player = await openPlayer(
    page,
    "/blocks/v2-inverted-residual?model=v2&block=3&alpha=1&res=224",
  );
  const mode = page.getByTestId("photo-mode");
  await expect(player.getByTestId("tensor-thumbs")).toHaveCount(0);
  await mode.getByRole("checkbox", { name: /With your photo/ }).check();
  await mode.getByTestId("sample-chelsea-cat.jpg").click();
  const caption = player.getByTestId("stage-caption");
  // Stage 1 is the block's input: the real output of the layer before it.
  const thumbs = caption.getByTestId("tensor-thumbs");
  await expect(thumbs.first()).toBeVisible({ timeout: 120_000 });
  await expect(thumbs.first().locator("canvas")).toHaveCount(4);
  // A real activation, not a blank: the 56×56 tensor kept as 28×28 thumbnails, in many colours.
  const colours = await thumbs
    .first()
    .locator("canvas")
    .evaluateAll((canvases) =>
      canvases.map((c) => {
        const el = c as HTMLCanvasElement;
        const px = el.getContext("2d")?.getImageData(0, 0, el.width, el.height).data ?? [];
        const seen = new Set<number>();
        for (let i = 0; i < px.length; i += 4)
          seen.add(((px[i] ?? 0) << 16) | ((px[i + 1] ?? 0) << 8) | (px[i + 2] ?? 0));
        return { w: el.width, n: seen.size };
      }),
    );
  for (const c of colours) {
    expect(c.w).toBe(28);
    expect(c.n).toBeGreaterThan(10);
  }
  // The expansion stage: its input and its 56×56×144 output both show real channels.
  await player.getByRole("button", { name: "Next stage" }).click();
  await expect(caption.getByTestId("stage-tensor").filter({ hasText: "56×56×144" })).toHaveCount(1);
  await expect(
    caption
      .getByTestId("stage-tensor")
      .filter({ hasText: "56×56×144" })
      .getByTestId("tensor-thumbs")
      .locator("canvas"),
  ).toHaveCount(4);
  await expect(caption.getByTestId("tensor-thumbs")).toHaveCount(2);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/photo-mode-v2-block3-1280.png`, fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await caption.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/photo-mode-v2-block3-390.png` });
  await setTheme(page, "dark");
  await mode.screenshot({ path: `${SHOTS}/photo-mode-picker-390-dark.png` });
  await setTheme(page, "light");
  await page.setViewportSize({ width: 1280, height: 1000 });
  // The photo ran once in one shared worker; the next block reuses both (its thumbnails are there).
  const status = mode.getByTestId("photo-mode-status");
  await expect(status).toHaveAttribute("data-run-number", "1");
  const worker = await status.getAttribute("data-worker");
  await page.getByLabel("Block", { exact: true }).selectOption("4");
  await expect(page).toHaveURL(/block=4/);
  await expect(status).toHaveAttribute("data-layers", /^block4\/expand,/);
  await expect(caption.getByTestId("stage-tensor").filter({ hasText: "56×56×24" })).toHaveCount(1);
  await expect(caption.getByTestId("tensor-thumbs").first().locator("canvas")).toHaveCount(4);
  await expect(status).toHaveAttribute("data-run-number", "1");
  await expect(status).toHaveAttribute("data-worker", worker ?? "");
  await page.getByLabel("Block", { exact: true }).selectOption("3");
  await expect(caption.getByTestId("tensor-thumbs").first()).toBeVisible();
  // Settings without real weights explain which ones have them, and the link sets them.
  await page.getByLabel("Width α").selectOption("0.5");
  await expect(mode.getByTestId("photo-mode-hint")).toContainText("Real weights exist only");
  await mode.getByRole("link", { name: /MobileNetV2, α = 1, 224×224/ }).click();
  await expect(page).toHaveURL(/alpha=1&res=224/);
  // Another block page, reached by a link (a client-side navigation): the mode, the photo and the
  // worker come along; only the new model's run is new.
  await page
    .getByRole("navigation", { name: "Other blocks" })
    .getByRole("link", { name: /Bneck with squeeze-and-excite/ })
    .click();
  await expect(page).toHaveURL(/\/blocks\/v3-bneck/);
  const v3Mode = page.getByTestId("photo-mode");
  await expect(v3Mode.getByRole("checkbox", { name: /With your photo/ })).toBeChecked();
  // The page opens on V3-Large, which has no real weights here: the hint's link sets V3-Small.
  const hint = v3Mode.getByTestId("photo-mode-hint");
  await expect(hint).toBeVisible();
  await expect(
    hint.getByRole("link", { name: "MobileNetV3-Large minimalistic, α = 1, 224×224 px" }),
  ).toBeVisible();
  await hint.getByRole("link", { name: /MobileNetV3-Small/ }).click();
  const v3Status = v3Mode.getByTestId("photo-mode-status");
  await expect(v3Status).toHaveAttribute("data-run-number", "2", { timeout: 120_000 });
  await expect(v3Status).toHaveAttribute("data-worker", worker ?? "");
  await expect(
    page.getByTestId("stage-caption").getByTestId("tensor-thumbs").first().locator("canvas"),
  ).toHaveCount(4);
  // The other real V3, V3-Large minimalistic (bnecks without SE): same worker, one new run.
  await page.getByLabel("Model", { exact: true }).selectOption("v3-large-minimalistic");
  await expect(v3Status).toHaveAttribute("data-run-number", "3", { timeout: 120_000 });
  await expect(v3Status).toHaveAttribute("data-layers", /^block3\/expand,block3\/depthwise,/);
  await expect(v3Status).toHaveAttribute("data-worker", worker ?? "");
  await expect(
    page.getByTestId("stage-caption").getByTestId("tensor-thumbs").first().locator("canvas"),
  ).toHaveCount(4);
  expect(problems).toEqual([]);
});
