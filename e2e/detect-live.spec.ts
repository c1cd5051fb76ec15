/**
 * /detect's live webcam mode on Chromium's fake camera, which plays a clip of an open sample photo made
 * here with ffmpeg (scripts/ensure-ffmpeg.mjs installs it when missing). Its own file: the camera
 * flags are launch options, which apply to a whole spec file.
 */
import { join, resolve } from "node:path";
import { fakeCameraArgs, makeFakeCameraClip } from "../scripts/fake-camera";
import { expect, test } from "./fixtures/test";

const ROOT = resolve(import.meta.dirname, "..");
const CLIP = join(ROOT, "test-results/detect-camera/chelsea-cat.y4m");

// Chromium's fake camera plays a clip of an open photo, made here with ffmpeg (installed if missing).
test.use({
  permissions: ["camera"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--disable-gpu", ...fakeCameraArgs(CLIP)],
  },
});
test.beforeAll(() => {
  makeFakeCameraClip(join(ROOT, "public/samples/open/chelsea-cat.jpg"), CLIP);
});

test("runs ≥ 20 frames with fps and ms per frame, and stops cleanly", async ({ page }) => {
  // Keeps every stream the page opens, to check after Stop that its tracks have ended.
  await page.addInitScript(() => {
    const w = window as unknown as { __streams: MediaStream[] };
    w.__streams = [];
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (c) => {
      const stream = await open(c);
      w.__streams.push(stream);
      return stream;
    };
  });
  await page.goto("/detect");
  await page.getByRole("button", { name: "Start live webcam" }).click();
  const stats = page.getByTestId("live-stats");
  await expect(stats).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(async () => Number(await stats.getAttribute("data-frames")), { timeout: 90_000 })
    .toBeGreaterThanOrEqual(20);
  await expect(stats).toContainText(/\d+\.\d frames\/s · [\d.]+ (ms|s) per frame/);
  await expect(page.getByRole("list", { name: "Detections" })).toContainText("cat");
  await page.getByRole("button", { name: "Stop live webcam" }).click();
  await expect(page.getByRole("button", { name: "Start live webcam" })).toBeVisible();
  await expect(stats).toHaveCount(0);
  // Every camera track the page opened has ended: the camera light goes off.
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { __streams: MediaStream[] }).__streams
          .flatMap((st) => st.getTracks())
          .map((t) => t.readyState),
      ),
    )
    .toEqual(["ended"]);
});
