import { readFileSync } from "node:fs";
import {
  MODELS,
  chooseBackend,
  chooseModel,
  openClassify,
  setTimedRuns,
} from "./fixtures/classify-helpers";
import { damagedImages } from "./fixtures/damaged-images";
import { expect, test, type Page } from "./fixtures/test";

/**
 * Fuzzing /classify through its file input: every damaged file must end, within 10 s, in either a
 * result or exactly one error message, and a good photo must still classify afterwards. One page,
 * one worker, the fastest installed model, one timed run: the point is robustness, not speed.
 */
const PHOTO = "public/samples/open/chelsea-cat.jpg";
const CAT = /Egyptian cat|tabby|tiger cat/;
const PER_INPUT_MS = 10_000;
const GOOD_PHOTO_EVERY = 50;
const MODEL_LOAD_MS = 90_000;

/**
 * Records, in the page, each state the result panel goes through (busy, a result for an image, an
 * error with its code), so a fast answer is never missed between two polls.
 */
async function watchOutcomes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { outcomes: string[] };
    w.outcomes = [];
    let last = "";
    const current = () => {
      const alerts = document.querySelectorAll("[role=alert]");
      const error = document.querySelector<HTMLElement>("[data-testid=error]");
      if (error) return `error ${error.dataset.code} alerts=${alerts.length}`;
      const status = document.querySelector<HTMLElement>("[data-testid=status]")?.dataset.status;
      if (status === "busy" || status === "downloading") return "busy";
      const result = document.querySelector<HTMLElement>("[data-testid=result]");
      return result && status === "done" ? `result ${result.dataset.image}` : "idle";
    };
    new MutationObserver(() => {
      const now = current();
      if (now !== last) w.outcomes.push((last = now));
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

/** Feeds one file and waits for its outcome: "result" or the error code. Throws after `timeout`. */
async function feed(
  page: Page,
  name: string,
  mimeType: string,
  buffer: Buffer,
  timeout = PER_INPUT_MS,
): Promise<string> {
  await page.evaluate(() => {
    (window as unknown as { outcomes: string[] }).outcomes.length = 0;
  });
  await page.getByTestId("file-input").setInputFiles({ name, mimeType, buffer });
  const handle = await page.waitForFunction(
    (image) => {
      const seen = (window as unknown as { outcomes: string[] }).outcomes;
      const busy = seen.indexOf("busy");
      const last = seen.at(-1) ?? "";
      if (busy < 0 || seen.length - 1 <= busy) return null;
      if (last === `result ${image}`) return "result";
      return last.startsWith("error ") ? last.slice(6) : null;
    },
    name,
    { timeout, polling: 20 },
  );
  return (await handle.jsonValue()) as string;
}

/** A good photo classifies; the first one after a (re)start also loads the model, so it may take longer. */
async function expectGoodPhoto(page: Page, name: string, timeout = PER_INPUT_MS): Promise<void> {
  expect(await feed(page, name, "image/jpeg", readFileSync(PHOTO), timeout)).toBe("result");
  await expect(page.getByTestId("top1-label")).toHaveText(CAT);
}

async function openForFuzz(page: Page): Promise<void> {
  await openClassify(page);
  await chooseBackend(page, "WASM");
  await chooseModel(
    page,
    MODELS.includes("mobilenet-v3-small-1.0-224") ? "mobilenet-v3-small-1.0-224" : MODELS[0]!,
  );
  await setTimedRuns(page, 1);
  await watchOutcomes(page);
}

test("500+ damaged files: each ends in a result or one message within 10 s; good photos still classify", async ({
  page,
}) => {
  test.skip(MODELS.length === 0, "no models installed: run npm run setup:models");
  test.setTimeout(8 * 60_000);
  const inputs = await damagedImages(PHOTO);
  expect(inputs.length).toBeGreaterThanOrEqual(500);
  await openForFuzz(page);
  await expectGoodPhoto(page, "warm-up.jpg", MODEL_LOAD_MS);

  const outcomes = new Map<string, number>();
  let slowest = { ms: 0, name: "" };
  for (const [i, input] of inputs.entries()) {
    const name = `f${i}-${input.name}`;
    const started = Date.now();
    const outcome = await feed(page, name, input.mimeType, input.buffer);
    const ms = Date.now() - started;
    if (ms > slowest.ms) slowest = { ms, name };
    const [code, alerts] = outcome.split(" alerts=");
    outcomes.set(code!, (outcomes.get(code!) ?? 0) + 1);
    if (alerts !== undefined) expect(alerts, `${name}: exactly one message`).toBe("1");
    if (input.expect) expect(code, name).toBe(input.expect);
    if (input.size) await expect(page.getByTestId("result")).toContainText(input.size);
    if (i % GOOD_PHOTO_EVERY === GOOD_PHOTO_EVERY - 1) await expectGoodPhoto(page, `good-${i}.jpg`);
  }
  await expectGoodPhoto(page, "good-last.jpg");
  console.log(
    JSON.stringify({ fuzzInputs: inputs.length, outcomes: Object.fromEntries(outcomes), slowest }),
  );
  expect(slowest.ms).toBeLessThan(PER_INPUT_MS);
});

test("a dead worker is replaced: the page says what happened and the next photo classifies", async ({
  page,
}) => {
  test.skip(MODELS.length === 0, "no models installed: run npm run setup:models");
  await openForFuzz(page);
  await expectGoodPhoto(page, "before.jpg", MODEL_LOAD_MS);
  // ORT's own pthread workers (under /ort/) sit blocked in Atomics.wait and never answer evaluate.
  const inferenceWorkers = async () => {
    const candidates = page.workers().filter((w) => !w.url().includes("/ort/"));
    const names = await Promise.all(
      candidates.map((w) => w.evaluate(() => self.name).catch(() => "gone")),
    );
    return candidates.filter((_, i) => names[i] === "inference");
  };
  const [first] = await inferenceWorkers();
  expect(first).toBeTruthy();
  // What a worker that runs out of memory does: an uncaught RangeError ends its task.
  await first!.evaluate(() => {
    setTimeout(() => {
      throw new RangeError("simulated out of memory");
    });
  });
  const notice = page.getByTestId("worker-restarted");
  await expect(notice).toContainText("simulated out of memory");
  await expect(notice).toContainText("and is ready");
  await expect.poll(async () => (await inferenceWorkers()).length).toBe(1);
  expect((await inferenceWorkers())[0]).not.toBe(first);
  await expectGoodPhoto(page, "after.jpg", MODEL_LOAD_MS);
});
