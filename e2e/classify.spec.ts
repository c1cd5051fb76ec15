import { expect, test, type Locator, type Page } from "./fixtures/test";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import {
  MODELS,
  SAMPLES,
  chooseBackend,
  chooseModel,
  classifySample,
  openClassify,
  resultFor,
  setTimedRuns,
  top5,
} from "./fixtures/classify-helpers";
import { inEveryThemeAndWidth } from "./fixtures/themes";

/**
 * /classify on WASM: every ImageNet sample through every installed model gives the expected top-1,
 * and every bad input gets one clear message while the page keeps working.
 */
const PAPER_NETWORKS = ["mobilenet-v1-1.0-224", "mobilenet-v3-large-minimalistic-1.0-224"];
const MIRROR = process.env.MOBILENET_MODELS_DIR ?? "../shared/models";
const FIXTURES = "e2e/fixtures";
const SHOTS = "e2e/screenshots/classify";

async function expectError(page: Page, code: string, text: RegExp) {
  const alert = page.getByTestId("error");
  await expect(alert).toHaveAttribute("data-code", code);
  await expect(alert).toContainText(text);
  await expect(page.getByTestId("result")).toHaveCount(0);
}

async function pickFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByTestId("file-input").setInputFiles({ name, mimeType, buffer });
}

test.describe("classify on WASM", () => {
  test.skip(MODELS.length === 0, "no models installed: run npm run setup:models");

  test("the page says which backend Auto uses, and that it is cross-origin isolated with threads", async ({
    page,
  }) => {
    await openClassify(page);
    await expect(page.getByTestId("isolated")).toHaveText(/^yes/);
    await expect(page.getByTestId("threads")).toContainText(/\d+ · SIMD on/);
    // The chromium project runs without a WebGPU adapter: Auto must say it falls back.
    await expect(page.getByTestId("auto-choice")).toHaveText(
      /Auto uses WASM: this browser has no WebGPU adapter/,
    );
    await page.getByTestId("sample-chelsea-cat.jpg").click();
    await expect(page.getByTestId("fallback")).toContainText("Auto chose WASM");
    await expect(page.getByTestId("backend-used")).toHaveText("WASM");
    await expect(page.getByTestId("top1-label")).toHaveText(/Egyptian cat|tabby|tiger cat/);
  });

  test("every ImageNet sample with every installed model gives the expected top-1", async ({
    page,
  }) => {
    test.skip(SAMPLES.length === 0, "ImageNet samples not installed");
    test.setTimeout(15 * 60_000);
    await openClassify(page);
    await chooseBackend(page, "WASM");
    await setTimedRuns(page, 1);
    // The papers' own networks (V1 1.0, V3-Large minimalistic) are in the loop wherever the mirror has them.
    for (const id of PAPER_NETWORKS)
      if (existsSync(`${MIRROR}/${id}.onnx`)) expect(MODELS, `${id} installed`).toContain(id);
    for (const model of MODELS) {
      await chooseModel(page, model);
      for (const [file, label] of SAMPLES) {
        await classifySample(page, file, model);
        const [best] = await top5(page);
        expect(best?.index, `${model} on ${file}`).toBe(label.index);
        await expect(page.getByTestId("top1-label")).toHaveText(label.name);
      }
    }
  });

  test("bad inputs each get one clear message and the page keeps working", async ({ page }) => {
    test.setTimeout(5 * 60_000);
    await openClassify(page);
    await chooseBackend(page, "WASM");
    const model = MODELS[0] as string;
    await chooseModel(page, model);

    await pickFile(page, "holiday.jpg", "image/jpeg", readFileSync(`${FIXTURES}/not-an-image.jpg`));
    await expectError(page, "not-an-image", /not an image/);

    await pickFile(page, "empty.jpg", "image/jpeg", Buffer.alloc(0));
    await expectError(page, "empty-file", /empty \(0 bytes\)/);

    await pickFile(page, "truncated.jpg", "image/jpeg", readFileSync(`${FIXTURES}/truncated.jpg`));
    await expectError(page, "decode-failed", /damaged or cut short/);

    await pickFile(page, "drawing.svg", "image/svg+xml", readFileSync(`${FIXTURES}/drawing.svg`));
    await expectError(page, "svg-unsupported", /SVG is a vector drawing/);

    // Forcing WebGPU where there is no adapter: a clear message, then WASM still works.
    await chooseBackend(page, "WebGPU");
    await page.getByTestId("sample-espresso.jpg").click();
    await expectError(page, "webgpu-unavailable", /WebGPU was chosen, but no WebGPU adapter/);
    await chooseBackend(page, "WASM");
    await expect(resultFor(page, "espresso.jpg", model, "wasm")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId("top1-label")).toHaveText("espresso");
  });

  test("an 8000×8000 photo is classified (downscaled in the worker)", async ({ page }) => {
    test.setTimeout(5 * 60_000);
    await openClassify(page);
    await chooseBackend(page, "WASM");
    await chooseModel(page, MODELS[0] as string);
    const b64 = await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(8000, 8000);
      const ctx = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
      const g = ctx.createLinearGradient(0, 0, 8000, 8000);
      g.addColorStop(0, "#f4d03f");
      g.addColorStop(1, "#16a085");
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, 8000, 8000);
      const blob = await canvas.convertToBlob({ type: "image/jpeg", quality: 0.8 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = "";
      for (let i = 0; i < bytes.length; i += 0x8000)
        s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    });
    await pickFile(page, "huge.jpg", "image/jpeg", Buffer.from(b64, "base64"));
    await expect(resultFor(page, "huge.jpg", MODELS[0] as string, "wasm")).toBeVisible({
      timeout: 120_000,
    });
    await expect(page.getByTestId("result")).toContainText("8000×8000 px");
  });

  test("a missing model file and a model with the wrong sha256 get clear messages", async ({
    page,
  }) => {
    // Both the prepared graph (WASM tries it first) and the .onnx it falls back to.
    await page.route(/\/models\/.*\.(onnx|ort\.gz)$/, (route) =>
      route
        .request()
        .url()
        .includes(MODELS[0] as string)
        ? route.fulfill({ status: 404, body: "not found" })
        : route.fulfill({
            status: 200,
            contentType: "application/octet-stream",
            body: Buffer.from("definitely not the model"),
          }),
    );
    await openClassify(page);
    await chooseBackend(page, "WASM");
    await chooseModel(page, MODELS[0] as string);
    await page.getByTestId("sample-chelsea-cat.jpg").click();
    await expectError(page, "model-missing", /npm run setup:models/);
    test.skip(MODELS.length < 2, "needs a second installed model");
    await chooseModel(page, MODELS[1] as string);
    await expectError(page, "model-checksum-mismatch", /does not match the manifest/);
  });

  test("without cross-origin isolation WASM runs on one thread and still classifies", async ({
    page,
  }) => {
    await page.route("**/classify", async (route) => {
      const res = await route.fetch();
      const headers = { ...res.headers() };
      delete headers["cross-origin-opener-policy"];
      delete headers["cross-origin-embedder-policy"];
      await route.fulfill({ response: res, headers });
    });
    await openClassify(page);
    await expect(page.getByTestId("isolated")).toContainText("no — WASM runs on 1 thread");
    await expect(page.getByTestId("threads")).toHaveText(/^1 /);
    await chooseBackend(page, "WASM");
    await page.getByTestId("sample-espresso.jpg").click();
    await expect(page.getByTestId("top1-label")).toHaveText("espresso", { timeout: 60_000 });
    // The median comes with its spread and run count (the default 10 timed runs).
    await expect(page.getByTestId("result").getByTestId("latency-spread")).toHaveText(
      /^p10–p90 .+ · 10 runs/,
    );
  });

  test("no request carries image data; compare mode fills the table; a second visit loads models from the cache", async ({
    page,
  }) => {
    test.setTimeout(5 * 60_000);
    const sent: string[] = [];
    page.on("request", (req) => {
      // HEAD: Next's router probes pages of a static export; it carries no body either.
      const bodiless = req.method() === "GET" || req.method() === "HEAD";
      if (!bodiless || req.postData()) sent.push(`${req.method()} ${req.url()}`);
      if (!req.url().startsWith("http://127.0.0.1")) sent.push(`off-site ${req.url()}`);
    });
    await openClassify(page);
    await chooseBackend(page, "WASM");
    await setTimedRuns(page, 2);
    await pickFile(
      page,
      "cat.jpg",
      "image/jpeg",
      readFileSync("public/samples/open/chelsea-cat.jpg"),
    );
    await expect(page.getByTestId("model-source")).toContainText("downloaded");
    await page.getByTestId("compare-button").click();
    await expect(page.getByTestId("compare-row")).toHaveCount(MODELS.length, { timeout: 120_000 });
    await expect(page.getByTestId("compare-table")).toContainText("MACs (multiply-adds)");
    for (const cell of await page.getByTestId("compare-top1").allTextContents())
      expect(cell).toMatch(/Egyptian cat|tabby|tiger cat/);
    // The table's conclusion: the MACs ratio against the measured time ratio, on one backend.
    if (MODELS.length >= 2)
      await expect(page.getByTestId("compare-sentence")).toHaveText(
        /^On WASM, MobileNet.+ needs \d+(\.\d)?× fewer multiply-adds than MobileNet.+ \(\d+(\.\d)? ms vs \d+(\.\d)? ms\)/,
      );
    mkdirSync(SHOTS, { recursive: true });
    await page.emulateMedia({ reducedMotion: "reduce" });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/compare-light-${width}.png`, fullPage: true });
    }
    await page.reload();
    await expect(page.getByTestId("runtime-status")).toBeVisible();
    await chooseBackend(page, "WASM");
    await page.getByTestId("sample-chelsea-cat.jpg").click();
    await expect(page.getByTestId("model-source")).toContainText("from the browser cache", {
      timeout: 60_000,
    });
    expect(sent).toEqual([]);
  });
});

/** A model card's two published top-1s, each with its source, and its MACs when given. */
async function expectCardNumbers(card: Locator, paper: string, model: string, macs?: string) {
  await expect(card.getByTestId("card-paper-top1")).toHaveText(paper);
  await expect(card.getByTestId("card-model-top1")).toHaveText(model);
  if (macs) await expect(card.getByTestId("card-macs")).toHaveText(macs);
}

test("on a phone the result comes into view as soon as a run starts; older predictions are marked stale", async ({
  page,
}) => {
  test.skip(MODELS.length < 2, "needs two installed models");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.setViewportSize({ width: 390, height: 844 });
  // First the default model (the page gets it ready while idle), then another one.
  const first = MODELS.includes("mobilenet-v2-1.0-224") ? "mobilenet-v2-1.0-224" : MODELS[0]!;
  const second = MODELS.find((m) => m !== first)!;
  // Hold the second model's download (prepared graph or .onnx) so the run in flight can be seen.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(new RegExp(`/models/([0-9a-f]+/)?${second}\\.`), async (route) => {
    await held;
    await route.continue();
  });
  await openClassify(page);
  await chooseBackend(page, "WASM");
  await chooseModel(page, first);
  const heading = page.getByRole("heading", { name: "3 · What the model says" });
  const sample = page.getByTestId("sample-chelsea-cat.jpg");
  await sample.scrollIntoViewIfNeeded();
  await expect(heading).not.toBeInViewport();
  await sample.click();
  await expect(heading).toBeInViewport();
  await expect(resultFor(page, "chelsea-cat.jpg", first, "wasm")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("top1")).toBeInViewport();
  await expect(page.getByTestId("result-wrap")).toHaveAttribute("data-stale", "false");

  // A new model while the old answer is on screen: the old one is labelled and dimmed, the panel in view.
  await chooseModel(page, second);
  await expect(heading).toBeInViewport();
  const wrap = page.getByTestId("result-wrap");
  await expect(wrap).toHaveAttribute("data-stale", "true");
  await expect(page.getByTestId("stale-note")).toContainText(
    /Previous result \(chelsea-cat\.jpg, MobileNetV\S+ [\w.-]+\)/,
  );
  await expect(page.getByTestId("status")).toHaveAttribute("data-status", /busy|downloading/);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/stale-390.png` });
  release();
  await expect(resultFor(page, "chelsea-cat.jpg", second, "wasm")).toBeVisible({ timeout: 60_000 });
  await expect(wrap).toHaveAttribute("data-stale", "false");
  await expect(page.getByTestId("stale-note")).toHaveCount(0);
});

test("dark mode, phone and desktop screenshots of a result", async ({ browser }) => {
  test.skip(MODELS.length === 0, "no models installed");
  const context = await browser.newContext({ colorScheme: "dark", reducedMotion: "reduce" });
  const page = await context.newPage();
  await openClassify(page);
  await page.getByTestId("sample-rocket-launch.jpg").click();
  await expect(page.getByTestId("top1-label")).toBeVisible({ timeout: 60_000 });
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/result-dark-${width}.png`, fullPage: true });
  }
  await context.close();
});

test("model cards: params and MACs link to the explorer view; the cards still select by click and keyboard", async ({
  page,
}) => {
  await openClassify(page);
  const cards = page.getByTestId("model-card");
  const usable = cards.filter({ has: page.locator("input[name=model]:enabled") });
  const first = cards.first();
  const macs = first.getByTestId("card-macs");
  await expect(macs).toHaveAccessibleName(
    /^\S+ M MACs \(multiply-adds\) for MobileNet\S+ \S+ \(exactly [\d,]+ MACs\), open in the explorer$/,
  );
  await expect(first.getByTestId("card-params")).toHaveAttribute("href", /^\/explore\?model=/);
  // Two published top-1s, each with its source: the float paper's and the 8-bit file's (issue 16).
  const v1 = cards.filter({ has: page.locator("input[value='mobilenet-v1-0.75-224']") });
  await expectCardNumbers(
    v1,
    "paper top-1 (float) 68.4% (V1 paper, Table 6)",
    "8-bit file top-1 66.9% (TFLite hosted models)",
  );

  // The papers' own networks: V1 1.0 (the V1 paper's headline) and V3-Large minimalistic (no paper:
  // both numbers from TF-slim's checkpoint table), each number with its source.
  const v1Full = cards.filter({ has: page.locator("input[value='mobilenet-v1-1.0-224']") });
  const minimal = cards.filter({
    has: page.locator("input[value='mobilenet-v3-large-minimalistic-1.0-224']"),
  });
  if (MODELS.includes("mobilenet-v1-1.0-224")) {
    await expectCardNumbers(
      v1Full,
      "paper top-1 (float) 70.6% (V1 paper, Table 6)",
      "8-bit file top-1 70.0% (TFLite hosted models)",
      "569 M",
    );
  }
  if (MODELS.includes("mobilenet-v3-large-minimalistic-1.0-224")) {
    await expectCardNumbers(
      minimal,
      "float top-1 72.3% (TF-slim README)",
      "8-bit file top-1 71.3% (TF-slim README)",
      "209 M",
    );
    await inEveryThemeAndWidth(page, "e2e/screenshots/polish", async (width, scheme) => {
      await v1Full.screenshot({
        path: `e2e/screenshots/polish/card-v1-1.0-${width}-${scheme}.png`,
      });
      await minimal.screenshot({
        path: `e2e/screenshots/polish/card-v3-large-minimalistic-${width}-${scheme}.png`,
      });
    });
  }

  // The links sit beside the radio's label: clicking the card elsewhere still selects its model,
  // arrow keys move within the radio group, and Tab from the checked radio reaches its links.
  if ((await usable.count()) >= 2) {
    const second = usable.nth(1);
    const box = await second.boundingBox();
    // A corner of the card, away from the links: the label's stretched hit area covers it.
    await second.click({ position: { x: (box?.width ?? 40) - 8, y: 8 } });
    await expect(second.locator("input[name=model]")).toBeChecked();
    await second.locator("input[name=model]").focus();
    await page.keyboard.press("ArrowUp");
    await expect(usable.first().locator("input[name=model]")).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(usable.first().getByTestId("card-params")).toBeFocused();
  }

  await inEveryThemeAndWidth(page, "e2e/screenshots/polish", (width, scheme) =>
    page
      .getByRole("group", { name: "Model", exact: true })
      .screenshot({ path: `e2e/screenshots/polish/classify-cards-${width}-${scheme}.png` }),
  );

  // One click lands on the explorer showing the same number, short and exact.
  const short = (await macs.innerText()).trim();
  const exact = Number(await macs.getAttribute("data-exact")).toLocaleString("en-US");
  await macs.click();
  await expect(page).toHaveURL(/\/explore\?model=[\w-]+&alpha=[\d.]+&res=\d+$/);
  await expect(page.getByTestId("total-macs")).toHaveText(short);
  await expect(page.getByTestId("total-macs-exact")).toContainText(exact);
});
