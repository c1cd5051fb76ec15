/**
 * /teach when the user refuses the camera: a fake camera exists (Chromium's fake device) but no
 * permission is granted and no fake prompt accepts it, so the browser refuses. Its own file because
 * the launch flags differ from every other spec's.
 */
import { expectFilesWorkWithoutCamera } from "./fixtures/teach-input";
import { test } from "./fixtures/test";

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--disable-gpu", "--use-fake-device-for-media-stream"],
  },
  permissions: [],
});

test("teach: the webcam refused — one sentence, and files still work", async ({ page }) => {
  await expectFilesWorkWithoutCamera(
    page,
    "The camera was not allowed; photos from files, samples, drop and paste still work.",
  );
});
