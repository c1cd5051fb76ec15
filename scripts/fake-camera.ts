/**
 * Chromium's fake camera for the webcam e2e tests and benchmarks (/detect live mode, /teach bursts):
 * a short clip of one photo, made with Debian's ffmpeg (scripts/ensure-ffmpeg.mjs installs it when
 * missing), and the launch flags that make Chromium play it as the webcam.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

/** Writes a `seconds`-long 10 fps 320×240 .y4m of `photo` to `out` and returns `out`; throws if ffmpeg fails. */
export function makeFakeCameraClip(photo: string, out: string, seconds = 2): string {
  execFileSync(process.execPath, [join(ROOT, "scripts/ensure-ffmpeg.mjs")], { stdio: "inherit" });
  mkdirSync(dirname(out), { recursive: true });
  execFileSync(
    "ffmpeg",
    [
      ...["-y", "-loglevel", "error", "-loop", "1", "-i", photo],
      ...["-t", String(seconds), "-r", "10", "-vf", "scale=320:240,format=yuv420p", out],
    ],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  return out;
}

/** Chromium flags that grant the camera without a prompt and play `clip` as its only webcam. */
export function fakeCameraArgs(clip: string): string[] {
  return [
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
    `--use-file-for-fake-video-capture=${clip}`,
  ];
}
