/**
 * Worker-side decoding: a Blob → RGBA pixels, upright (EXIF orientation honoured), never larger than
 * PRESCALE_SHORTER on the shorter side. Big photos are first shrunk by the browser's high-quality
 * scaler so the exact bilinear resize (preprocess.ts) never walks tens of megapixels in JavaScript;
 * photos up to 1024 px on the shorter side (every sample) go through the exact path alone.
 */
import { InferenceError } from "./errors";
import type { ImageKind } from "./image-sniff";
import { checkImageFile, checkPixelCount } from "./image-sniff";

const PRESCALE_SHORTER = 1024;

export interface DecodedImage {
  readonly rgba: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
  /** Size of the photo as shot (after orientation), before any prescale. */
  readonly originalWidth: number;
  readonly originalHeight: number;
}

function readPixels(bitmap: ImageBitmap): Uint8ClampedArray {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx)
    throw new InferenceError(
      "decode-failed",
      "This browser cannot read image pixels in a worker (no OffscreenCanvas 2D).",
    );
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
}

/** The one message for a file the browser would not decode, by what its bytes say it is. */
function undecodable(kind: ImageKind): InferenceError {
  if (kind === "unknown")
    return new InferenceError(
      "not-an-image",
      "This file is not an image this browser can decode. Pick a JPEG, PNG, WebP, GIF or AVIF photo.",
    );
  if (kind === "heic" || kind === "tiff")
    return new InferenceError(
      "decode-failed",
      `This is a ${kind.toUpperCase()} image, which this browser cannot decode. Save it as JPEG or PNG and try again.`,
    );
  return new InferenceError(
    "decode-failed",
    `This ${kind.toUpperCase()} file could not be decoded: it may be corrupt or cut short.`,
  );
}

export async function decodeImage(blob: Blob): Promise<DecodedImage> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const sniff = checkImageFile(bytes, blob.type);
  let bitmap: ImageBitmap;
  try {
    // colorSpaceConversion "none": raw pixel values, as the models were evaluated (PIL ignores ICC profiles).
    bitmap = await createImageBitmap(blob, {
      imageOrientation: "from-image",
      colorSpaceConversion: "none",
      premultiplyAlpha: "none",
    });
  } catch {
    throw undecodable(sniff.kind);
  }
  const originalWidth = bitmap.width;
  const originalHeight = bitmap.height;
  try {
    checkPixelCount(originalWidth, originalHeight);
    const shorter = Math.min(originalWidth, originalHeight);
    if (shorter > PRESCALE_SHORTER) {
      const scale = PRESCALE_SHORTER / shorter;
      const small = await createImageBitmap(bitmap, {
        resizeWidth: Math.max(1, Math.round(originalWidth * scale)),
        resizeHeight: Math.max(1, Math.round(originalHeight * scale)),
        resizeQuality: "high",
      });
      bitmap.close();
      bitmap = small;
    }
    return {
      rgba: readPixels(bitmap),
      width: bitmap.width,
      height: bitmap.height,
      originalWidth,
      originalHeight,
    };
  } finally {
    bitmap.close();
  }
}
