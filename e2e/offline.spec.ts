import { readFileSync } from "node:fs";
import {
  MODELS,
  chooseBackend,
  chooseModel,
  classifySample,
  openClassify,
} from "./fixtures/classify-helpers";
import { expect, test } from "./fixtures/test";

/**
 * Offline after one visit: with the service worker (public/sw.js) on, one online classification,
 * then the context goes offline: pages load from the precache, the runtime from its cache and the
 * model from the model store, and a photo classifies. No URL is held by two caches.
 */
test.use({ serviceWorkers: "allow" });

test("after one online visit, the site and classification work offline; nothing is cached twice", async ({
  page,
  context,
}) => {
  test.skip(MODELS.length === 0, "no models installed: run npm run setup:models");
  test.setTimeout(4 * 60_000);
  await openClassify(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
  const model = MODELS[0]!;
  await chooseBackend(page, "WASM");
  await chooseModel(page, model);
  await classifySample(page, "espresso.jpg", model);

  await context.setOffline(true);
  await page.goto("/learn/why-efficient");
  await expect(page.locator("h1")).toHaveText("Why efficient networks?");
  await page.goto("/explore?model=v2&alpha=0.5&res=160");
  await expect(page.getByTestId("model-select")).toHaveValue("v2");
  await openClassify(page);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await chooseBackend(page, "WASM");
  await chooseModel(page, model);
  await page.getByTestId("file-input").setInputFiles({
    name: "cat.jpg",
    mimeType: "image/jpeg",
    buffer: readFileSync("public/samples/open/chelsea-cat.jpg"),
  });
  await expect(page.locator(`[data-testid=result][data-image="cat.jpg"]`)).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByTestId("top1-label")).toHaveText(/Egyptian cat|tabby|tiger cat/);
  await expect(page.getByTestId("model-source")).toContainText("from the browser cache");

  const cached = await page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys())
      out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return out;
  });
  const owners = new Map<string, string[]>();
  for (const [name, paths] of Object.entries(cached))
    for (const path of paths) owners.set(path, [...(owners.get(path) ?? []), name]);
  const twice = [...owners].filter(([, names]) => names.length > 1);
  expect(twice).toEqual([]);
  const names = Object.keys(cached);
  expect(names.some((n) => n.startsWith("mobilenet-lab-ort-"))).toBe(true);
  expect(names.some((n) => n.includes("precache"))).toBe(true);
  const models = [...owners].filter(([path]) => path.startsWith("/models/"));
  expect(models.length).toBeGreaterThan(0);
  for (const [, names] of models) expect(names).toEqual(["mobilenet-lab-models-v1"]);
  await context.setOffline(false);
});
