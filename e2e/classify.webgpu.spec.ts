import { expect, test } from "./fixtures/test";
import {
  MODELS,
  SAMPLES,
  chooseBackend,
  chooseModel,
  classifySample,
  hasWebGpuAdapter,
  openClassify,
  resultFor,
  setTimedRuns,
  top5,
} from "./fixtures/classify-helpers";

/**
 * /classify on WebGPU. Headless Chromium's adapter here is SwiftShader (WebGPU on the CPU), so this
 * proves the WebGPU path gives the same answers as WASM; its timings mean nothing about GPU speed.
 */
/** WASM's top-1 probability per "model|sample", the reference WebGPU must match. */
const wasmTop1 = new Map<string, number>();

/**
 * The sweep's models: one per op family (V1's plain separable blocks, V2's inverted residuals,
 * V3-Small's SE and h-swish). V1 1.0 and V3-Large minimalistic add no operator these lack, and 48
 * more SwiftShader runs would cost CI minutes without testing another WebGPU kernel.
 */
const SWEEP_MODELS = MODELS.filter(
  (id) => id !== "mobilenet-v1-1.0-224" && id !== "mobilenet-v3-large-minimalistic-1.0-224",
);

test("every sample with every installed model: WebGPU gives WASM's top-1 with close probabilities", async ({
  page,
}) => {
  test.skip(
    MODELS.length === 0 || SAMPLES.length === 0,
    "models or ImageNet samples not installed: run npm run setup:models",
  );
  test.setTimeout(25 * 60_000);
  await openClassify(page);
  test.skip(!(await hasWebGpuAdapter(page)), "this browser has no WebGPU adapter");
  // Auto never picks a software adapter, and times a hardware one against WASM.
  await expect(page.getByTestId("auto-choice")).toHaveText(
    /^Auto uses WASM: the only WebGPU adapter here is a software emulation|^Auto times WebGPU/,
  );
  await setTimedRuns(page, 1);
  for (const model of SWEEP_MODELS) {
    await chooseModel(page, model);
    for (const backend of ["wasm", "webgpu"] as const) {
      await chooseBackend(page, backend === "wasm" ? "WASM" : "WebGPU");
      for (const [file, label] of SAMPLES) {
        await classifySample(page, file, model, backend, 180_000);
        const [best] = await top5(page);
        expect(best?.index, `${model} on ${backend}, ${file}`).toBe(label.index);
        if (backend === "wasm") wasmTop1.set(`${model}|${file}`, best?.probability ?? NaN);
        else
          expect(
            Math.abs((best?.probability ?? 0) - (wasmTop1.get(`${model}|${file}`) ?? -1)),
            `${model} ${file} p(top-1)`,
          ).toBeLessThan(0.01);
      }
    }
    await expect(page.getByTestId("backend-used")).toHaveText("WebGPU");
  }
});

test("Auto on a software adapter (SwiftShader) runs WASM, says why, and gives forced WASM's top-1", async ({
  page,
}) => {
  test.skip(MODELS.length === 0, "no models installed");
  await openClassify(page);
  const adapter = (await page.getByTestId("webgpu-adapter").textContent()) ?? "";
  test.skip(!/swiftshader/i.test(adapter), `the adapter is not SwiftShader (${adapter})`);
  const model = MODELS[0] ?? "";
  const why =
    /^Auto uses WASM: the only WebGPU adapter here is a software emulation \(SwiftShader\) that runs on the CPU/;
  await chooseModel(page, model);
  await setTimedRuns(page, 1);
  await expect(page.getByTestId("auto-choice")).toHaveText(why);

  await classifySample(page, "chelsea-cat.jpg", model, "wasm");
  await expect(page.getByTestId("backend-used")).toHaveText("WASM");
  await expect(page.getByTestId("fallback")).toHaveText(why);
  await expect(page.getByTestId("auto-choice")).toHaveText(why);
  const [auto] = await top5(page);

  await chooseBackend(page, "WASM"); // re-runs the same photo; a forced run has no fallback note
  await expect(page.getByTestId("fallback")).toHaveCount(0);
  await expect(resultFor(page, "chelsea-cat.jpg", model, "wasm")).toBeVisible();
  const [forced] = await top5(page);
  expect(auto?.index).toBeDefined();
  expect(forced?.index).toBe(auto?.index);
  expect(forced?.probability).toBeCloseTo(auto?.probability ?? NaN, 5);
});
