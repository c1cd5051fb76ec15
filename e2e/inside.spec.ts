import { expect, test, type Page } from "./fixtures/test";
import { mkdirSync, readFileSync } from "node:fs";
import { MODELS } from "./fixtures/classify-helpers";
import { chooseInsideBackend, shownStats, waitForRun } from "./fixtures/inside-helpers";
import { inEveryThemeAndWidth } from "./fixtures/themes";

/**
 * /inside on WASM: the sample photo through each real model, one layer of every kind opened, the
 * papers' claims read off real activations, the CSV downloaded, and screenshots to look at.
 */
const SHOTS = "e2e/screenshots/inside";
const PHOTO = "sample-chelsea-cat.jpg";

interface ModelCase {
  readonly id: string;
  readonly layers: number;
  /** One layer path per kind: conv, depthwise, pointwise, fc (and se for V3). */
  readonly kinds: readonly string[];
}

const CASES: readonly ModelCase[] = [
  {
    id: "mobilenet-v1-0.75-224",
    layers: 28,
    kinds: ["stem/conv", "block2/depthwise", "block2/pointwise", "classifier/fc"],
  },
  {
    id: "mobilenet-v2-1.0-224",
    layers: 53,
    kinds: ["stem/conv", "block3/depthwise", "block3/expand", "classifier/fc"],
  },
  {
    id: "mobilenet-v3-small-1.0-224",
    layers: 54,
    kinds: [
      "stem/conv",
      "block4/depthwise",
      "block4/project",
      "block4/se/expand",
      "prelogits/conv",
    ],
  },
];

async function openWithPhoto(page: Page, model: string, layer?: string) {
  await page.goto(`/inside?model=${model}${layer ? `&layer=${layer}` : ""}`);
  await page.getByRole("radio", { name: "WASM" }).check();
  await expect(page.getByTestId("inside-status")).toHaveAttribute("data-status", "idle", {
    timeout: 60_000,
  });
  await page.getByTestId(PHOTO).click();
  await expect(page.getByTestId("channel-grid")).toBeVisible({ timeout: 60_000 });
}

async function openLayer(page: Page, path: string) {
  await page.getByTestId("layer-table").getByRole("button", { name: path, exact: true }).click();
  await expect(page.getByTestId("layer-view")).toHaveAttribute("data-layer", path);
  await expect(page.getByTestId("channel-grid")).toBeVisible();
}

async function stat(page: Page, name: "min" | "max" | "mean" | "exact-zeros"): Promise<number> {
  return Number(
    await page
      .getByTestId("layer-stats")
      .locator(`[data-stat="${name}"]`)
      .getAttribute("data-value"),
  );
}

test.describe("inside the real network", () => {
  test.skip(MODELS.length === 0, "no models installed: run npm run setup:models");

  for (const c of CASES) {
    test(`${c.id}: one layer of each kind shows stats, channels and its real weights`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await openWithPhoto(page, c.id);
      await expect(page.getByTestId("layer-row")).toHaveCount(c.layers);
      for (const path of c.kinds) {
        await openLayer(page, path);
        await expect(page.getByTestId("layer-stats")).toContainText("min");
        const [min, max] = [await stat(page, "min"), await stat(page, "max")];
        expect(max).toBeGreaterThan(min);
        await expect(page.getByTestId("output-histogram")).toBeVisible();
        await expect(page.getByTestId("layer-macs")).toHaveAttribute(
          "href",
          new RegExp(`layer=${path}`),
        );
        const kind = await page.getByTestId("layer-header").getAttribute("data-kind");
        if (kind === "depthwise") {
          const k = path === "block4/depthwise" && c.id.includes("v3") ? 5 : 3;
          await expect(page.getByTestId("depthwise-kernel").locator("td")).toHaveCount(k * k);
          await expect(page.getByTestId("depthwise-detail")).toContainText("the only one it reads");
        }
        if (kind === "pointwise" || kind === "fc") {
          await expect(page.getByTestId("pointwise-weights")).toBeVisible();
          await expect(page.getByTestId("top-inputs").locator("tbody tr")).toHaveCount(5);
        }
        if (kind === "conv") await expect(page.getByTestId("stem-kernel")).toHaveCount(3);
      }
      // Arrow keys move through the channel grid.
      await page.locator('[data-testid="channel-grid"] button[tabindex="0"]').focus();
      await page.keyboard.press("ArrowRight");
      await expect(
        page.locator('[data-testid="channel-grid"] button[aria-pressed="true"]'),
      ).toHaveAttribute("data-channel", "1");
      await expect(page).toHaveURL(/channel=1/);
    });
  }

  test("V2: projections go negative, ReLU6 stays in [0, 6]; the CSV has one row per layer", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openWithPhoto(page, "mobilenet-v2-1.0-224", "block3/project");
    await expect(page.getByTestId("layer-view")).toHaveAttribute("data-activation", "linear");
    expect(await stat(page, "min")).toBeLessThan(0);
    await expect(page.getByTestId("paper-claim")).toContainText("Linear bottleneck");
    await openLayer(page, "block3/expand");
    expect(await stat(page, "min")).toBeGreaterThanOrEqual(0);
    expect(await stat(page, "max")).toBeLessThanOrEqual(6);
    await expect(page.getByTestId("paper-claim")).toContainText("ReLU6");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("csv-download").click(),
    ]);
    const text = readFileSync((await download.path()) ?? "", "utf8");
    const lines = text.trim().split("\n");
    expect(lines[0]).toBe("index,layer,kind,shape,min,max,mean,zero_fraction");
    expect(lines).toHaveLength(1 + 53);
    expect(lines[1]).toMatch(/^0,stem\/conv,conv,112x112x32,/);
    expect(lines.at(-1)).toMatch(/^52,classifier\/fc,fc,1x1x1000,/);
  });

  test("V3: SE gates lie in [0, 1]; h-swish shows its pre-activation under the curve", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openWithPhoto(page, "mobilenet-v3-small-1.0-224", "block4/se/expand");
    await expect(page.getByTestId("se-gates")).toBeVisible();
    expect(await stat(page, "min")).toBeGreaterThanOrEqual(0);
    expect(await stat(page, "max")).toBeLessThanOrEqual(1 + 1e-4); // TFLite's 1/6 is 0.16667
    await openLayer(page, "block4/expand");
    await expect(page.getByTestId("layer-view")).toHaveAttribute("data-activation", "hswish");
    await expect(page.getByTestId("hswish-histogram")).toBeVisible();
    await expect(page.getByTestId("hswish-histogram").locator("path")).toHaveCount(1);
    // A model without a layer mapping (V4 from its public source) gets one clear sentence.
    await page.locator('input[name=model][value="mobilenet-v4-conv-small-224"]').check();
    await expect(page.getByTestId("no-mapping")).toContainText("has no such mapping here");
  });

  test("the papers' own networks: a depthwise layer of V3-Large minimalistic (3×3, ReLU) and of V1 1.0, whose width pair opens V1 0.75 on the same photo and layer", async ({
    page,
  }) => {
    const MIN = "mobilenet-v3-large-minimalistic-1.0-224";
    const V1 = "mobilenet-v1-1.0-224";
    test.skip(
      !MODELS.includes(MIN) || !MODELS.includes(V1),
      "V1 1.0 or V3-Large minimalistic not installed",
    );
    test.setTimeout(240_000);
    await openWithPhoto(page, MIN, "block4/depthwise");
    await expect(page.getByTestId("layer-row")).toHaveCount(48);
    await expect(page.getByTestId("layer-header")).toHaveAttribute("data-kind", "depthwise");
    await expect(page.getByTestId("layer-view")).toHaveAttribute("data-activation", "relu");
    // Where V3-Large has a 5×5 depthwise with SE, the minimalistic model has a 3×3 and no gates.
    await expect(page.getByTestId("depthwise-kernel").locator("td")).toHaveCount(9);
    expect(await stat(page, "min")).toBeGreaterThanOrEqual(0);
    await expect(page.getByTestId("paper-claim")).toContainText(
      "ReLU where MobileNetV3-Large has h-swish",
    );
    await expect(page.getByTestId("width-pair")).toHaveCount(0);

    await openWithPhoto(page, V1, "block2/depthwise");
    await expect(page.getByTestId("layer-row")).toHaveCount(28);
    await expect(page.getByTestId("layer-view")).toHaveAttribute("data-activation", "relu6");
    await expect(page.getByTestId("depthwise-kernel").locator("td")).toHaveCount(9);
    await expect(page.getByTestId("run-summary")).toContainText("width multiplier 1.0");
    const pair = page.getByTestId("width-pair");
    await expect(pair.locator("tr[data-alpha='1'] td").first()).toHaveText("64 → 64");
    await expect(pair.locator("tr[data-alpha='0.75'] td").first()).toHaveText("48 → 48");
    await expect(page.getByTestId("width-pair-ratio")).toContainText(
      "0.75× this layer's multiply-adds, not α² = 0.5625: a depthwise conv",
    );
    await inEveryThemeAndWidth(page, SHOTS, (width, scheme) =>
      pair.screenshot({ path: `${SHOTS}/v1-width-pair-${width}-${scheme}.png` }),
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    await pair
      .getByRole("button", { name: "Open block2/depthwise in MobileNetV1 α 0.75 with this photo" })
      .click();
    await expect(page.getByTestId("run-summary")).toContainText("width multiplier 0.75", {
      timeout: 60_000,
    });
    await expect(page.getByTestId("layer-view")).toHaveAttribute("data-layer", "block2/depthwise");
    await expect(page).toHaveURL(/model=mobilenet-v1-0\.75-224&layer=block2\/depthwise/);
    await expect(page.getByTestId("width-pair").locator("tr[data-alpha='0.75'] th")).toContainText(
      "on screen",
    );
  });

  test("WebGPU forced without an adapter: one sentence says so, and the result is WASM's", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto("/inside?model=mobilenet-v2-1.0-224&layer=block3/project");
    const adapter = await page.evaluate(async () => {
      const gpu = (navigator as { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
      return gpu ? (await gpu.requestAdapter()) !== null : false;
    });
    test.skip(adapter, "this browser has a WebGPU adapter (see inside.webgpu.spec.ts)");
    await chooseInsideBackend(page, "WebGPU");
    await expect(page.getByTestId("inside-status")).toHaveAttribute("data-status", "idle", {
      timeout: 60_000,
    });
    await page.getByTestId(PHOTO).click();
    expect(await waitForRun(page, 1)).toBe("wasm");
    await expect(page.getByTestId("fallback")).toHaveText(
      /^WebGPU was chosen, but [^]+, so the layers run on WASM\.$/,
    );
    await expect(page.getByTestId("run-summary")).toContainText("on WASM with all 53 layers");
    const fallback = await shownStats(page);
    // Forcing WASM runs the same photo again, with no fallback note and the same numbers.
    await chooseInsideBackend(page, "WASM");
    expect(await waitForRun(page, 2)).toBe("wasm");
    await expect(page.getByTestId("fallback")).toHaveCount(0);
    const wasm = await shownStats(page);
    for (const k of ["min", "max", "mean", "zeros"] as const)
      expect(fallback[k], k).toBeCloseTo(wasm[k], 6);
    expect(wasm.min).toBeLessThan(0);
  });

  test("screenshots: phone and desktop, light and dark", async ({ browser }) => {
    test.setTimeout(240_000);
    mkdirSync(SHOTS, { recursive: true });
    for (const scheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ colorScheme: scheme, reducedMotion: "reduce" });
      const page = await context.newPage();
      await openWithPhoto(page, "mobilenet-v2-1.0-224", "block3/depthwise");
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 1000 });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({
          path: `${SHOTS}/v2-depthwise-${width}-${scheme}.png`,
          fullPage: true,
        });
        await page
          .getByTestId("layer-view")
          .screenshot({ path: `${SHOTS}/v2-depthwise-layer-${width}-${scheme}.png` });
      }
      await context.close();
    }
  });
});
