/**
 * Recognises an image file from its first bytes (never from its name or MIME type, which lie), and
 * for JPEG and PNG reads the size from the header and checks that a JPEG is not cut short, so bad
 * files get a precise message before any decoding.
 */
import { InferenceError, MAX_FILE_BYTES, MAX_PIXELS } from "./errors";

export type ImageKind =
  "jpeg" | "png" | "gif" | "webp" | "bmp" | "avif" | "heic" | "tiff" | "ico" | "svg" | "unknown";

export interface SniffResult {
  readonly kind: ImageKind;
  /** Pixel size from the header, when the format's header was read (JPEG, PNG, GIF). */
  readonly width?: number;
  readonly height?: number;
  /** JPEG only: false when the file ends before its last scan does (a truncated download). */
  readonly complete?: boolean;
}

const ascii = (b: Uint8Array, at: number, len: number) =>
  String.fromCharCode(...b.subarray(at, at + len));

/** Walks JPEG segments to the frame header and through the entropy-coded scans to the EOI marker. */
function sniffJpeg(b: Uint8Array): SniffResult {
  let width: number | undefined;
  let height: number | undefined;
  let p = 2;
  while (p + 1 < b.length) {
    if (b[p] !== 0xff) return { kind: "jpeg", width, height, complete: false };
    const marker = b[p + 1] as number;
    if (marker === 0xff) {
      p++; // fill byte
      continue;
    }
    if (marker === 0xd9) return { kind: "jpeg", width, height, complete: true };
    if (marker >= 0xd0 && marker <= 0xd7) {
      p += 2;
      continue;
    }
    if (p + 3 >= b.length) break;
    const len = ((b[p + 2] as number) << 8) | (b[p + 3] as number);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry height then width.
    if (
      marker >= 0xc0 &&
      marker <= 0xcf &&
      marker !== 0xc4 &&
      marker !== 0xc8 &&
      marker !== 0xcc &&
      width === undefined
    ) {
      height = ((b[p + 5] as number) << 8) | (b[p + 6] as number);
      width = ((b[p + 7] as number) << 8) | (b[p + 8] as number);
    }
    p += 2 + len;
    if (marker === 0xda) {
      // Entropy-coded data: FF 00 is a stuffed byte and FF D0–D7 a restart; any other FF xx is the next marker.
      while (p + 1 < b.length) {
        if (b[p] === 0xff) {
          const next = b[p + 1] as number;
          if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) break;
        }
        p++;
      }
    }
  }
  return { kind: "jpeg", width, height, complete: false };
}

/**
 * An ISO-BMFF image (the `ftyp` box): AVIF when its major or any compatible brand says so,
 * otherwise HEIC (the iPhone's HEVC stills, which most browsers cannot decode).
 */
function isobmffKind(b: Uint8Array): "avif" | "heic" {
  const boxSize = Math.min(
    b.length,
    ((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0),
  );
  const brands = [ascii(b, 8, 4)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(b, at, 4));
  return brands.some((brand) => brand === "avif" || brand === "avis") ? "avif" : "heic";
}

/** Identifies the format from the file's bytes. */
export function sniffImage(b: Uint8Array): SniffResult {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return sniffJpeg(b);
  if (b.length >= 24 && b[0] === 0x89 && ascii(b, 1, 3) === "PNG") {
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    return { kind: "png", width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (ascii(b, 0, 4) === "GIF8")
    return {
      kind: "gif",
      width: (b[6] ?? 0) | ((b[7] ?? 0) << 8),
      height: (b[8] ?? 0) | ((b[9] ?? 0) << 8),
    };
  if (ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 4) === "WEBP") return { kind: "webp" };
  if (ascii(b, 0, 2) === "BM") return { kind: "bmp" };
  if (ascii(b, 4, 4) === "ftyp") return { kind: isobmffKind(b) };
  if (ascii(b, 0, 4) === "II*\0" || ascii(b, 0, 4) === "MM\0*") return { kind: "tiff" };
  if (b[0] === 0 && b[1] === 0 && b[2] === 1 && b[3] === 0) return { kind: "ico" };
  const text = new TextDecoder().decode(b.subarray(0, 1024)).trimStart().toLowerCase();
  if (
    text.startsWith("<svg") ||
    ((text.startsWith("<?xml") || text.startsWith("<!doctype svg")) && text.includes("<svg"))
  )
    return { kind: "svg" };
  return { kind: "unknown" };
}

/**
 * Throws the one InferenceError that describes why this file cannot be classified, before decoding.
 * `bytes` is the whole file (JPEG completeness needs the end), `declaredType` the browser's MIME guess.
 */
export function checkImageFile(bytes: Uint8Array, declaredType: string): SniffResult {
  if (bytes.length === 0)
    throw new InferenceError("empty-file", "This file is empty (0 bytes). Pick a photo.");
  if (bytes.length > MAX_FILE_BYTES)
    throw new InferenceError(
      "file-too-large",
      `This file is ${(bytes.length / 1048576).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB. Try a smaller copy of the photo.`,
    );
  const sniff = sniffImage(bytes);
  if (sniff.kind === "svg" || declaredType === "image/svg+xml")
    throw new InferenceError(
      "svg-unsupported",
      "SVG is a vector drawing, not a photo: MobileNets classify pixels. Export it as PNG or JPEG and try again.",
    );
  if (sniff.kind === "jpeg" && sniff.complete === false)
    throw new InferenceError(
      "decode-failed",
      "This JPEG is damaged or cut short (its data ends early). Try the original file again.",
    );
  if (sniff.width !== undefined && sniff.height !== undefined)
    checkPixelCount(sniff.width, sniff.height);
  return sniff;
}

/** Rejects images over MAX_PIXELS (e.g. 12000×9000), whose decoded pixels alone would need > 400 MB. */
export function checkPixelCount(width: number, height: number): void {
  if (width * height > MAX_PIXELS)
    throw new InferenceError(
      "too-many-pixels",
      `This image is ${width}×${height} px (${((width * height) / 1e6).toFixed(0)} MP); the limit is ${MAX_PIXELS / 1e6} MP. Resize it and try again.`,
    );
}
