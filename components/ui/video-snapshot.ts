/**
 * Draws the video's current frame, at its full size, and encodes it (`type` and `quality` as for
 * `canvas.toBlob`). Null while the video has no frame yet; the frame is taken at the call, so the
 * stream may be stopped right after.
 */
export function snapshotVideo(
  video: HTMLVideoElement | null,
  type: string,
  quality?: number,
): Promise<Blob | null> | null {
  if (!video || video.videoWidth === 0) return null;
  const canvas = document.createElement("canvas");
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext("2d")?.drawImage(video, 0, 0);
  return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
}
