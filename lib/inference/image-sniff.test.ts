import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InferenceError } from "./errors";
import { checkImageFile, sniffImage } from "./image-sniff";

const OPEN = join(__dirname, "../../public/samples/open");
const cat = new Uint8Array(readFileSync(join(OPEN, "chelsea-cat.jpg")));
const text = (s: string) => new TextEncoder().encode(s);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof InferenceError ? err.code : "other";
  }
  return undefined;
}

describe("sniffImage", () => {
  it("reads a JPEG's size from its frame header and sees it end properly (chelsea-cat.jpg is 451×300)", () => {
    expect(sniffImage(cat)).toEqual({ kind: "jpeg", width: 451, height: 300, complete: true });
  });
  it("every committed open photo is a complete JPEG", () => {
    for (const f of readdirSync(OPEN).filter((n) => n.endsWith(".jpg")))
      expect(sniffImage(new Uint8Array(readFileSync(join(OPEN, f)))).complete, f).toBe(true);
  });
  it("a JPEG cut at 60% is incomplete", () => {
    expect(sniffImage(cat.subarray(0, Math.floor(cat.length * 0.6))).complete).toBe(false);
  });
  it("reads a PNG's size from IHDR", () => {
    const png = new Uint8Array(24);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    new DataView(png.buffer).setUint32(16, 8000);
    new DataView(png.buffer).setUint32(20, 6000);
    expect(sniffImage(png)).toEqual({ kind: "png", width: 8000, height: 6000 });
  });
  it("tells HEIC from AVIF by the ftyp brands, and recognises both TIFF byte orders", () => {
    const ftyp = (major: string, ...compatible: string[]) =>
      text(
        `\0\0\0${String.fromCharCode(16 + 4 * compatible.length)}ftyp${major}\0\0\0\0${compatible.join("")}`,
      );
    expect(sniffImage(ftyp("heic", "mif1", "heic")).kind).toBe("heic");
    expect(sniffImage(ftyp("mif1", "mif1", "heic")).kind).toBe("heic");
    expect(sniffImage(ftyp("avif", "mif1", "avif")).kind).toBe("avif");
    expect(sniffImage(ftyp("mif1", "mif1", "avif")).kind).toBe("avif");
    expect(sniffImage(text("II*\0\x08\0\0\0")).kind).toBe("tiff");
    expect(sniffImage(text("MM\0*\0\0\0\x08")).kind).toBe("tiff");
  });
  it("recognises SVG (with or without an XML prolog) and plain text as unknown", () => {
    expect(sniffImage(text('<svg xmlns="http://www.w3.org/2000/svg"/>')).kind).toBe("svg");
    expect(sniffImage(text('<?xml version="1.0"?>\n<svg></svg>')).kind).toBe("svg");
    expect(sniffImage(text("hello, I am not a photo")).kind).toBe("unknown");
  });
});

describe("checkImageFile", () => {
  it("names each bad file with its own code", () => {
    expect(codeOf(() => checkImageFile(new Uint8Array(0), "image/jpeg"))).toBe("empty-file");
    expect(codeOf(() => checkImageFile(text("<svg></svg>"), "image/svg+xml"))).toBe(
      "svg-unsupported",
    );
    expect(codeOf(() => checkImageFile(cat.subarray(0, 20000), "image/jpeg"))).toBe(
      "decode-failed",
    );
    expect(codeOf(() => checkImageFile(new Uint8Array(51 * 1024 * 1024), ""))).toBe(
      "file-too-large",
    );
  });
  it("rejects a 12000×9000 PNG (108 MP) from its header, accepts 8000×8000 (64 MP)", () => {
    const png = (w: number, h: number) => {
      const b = new Uint8Array(24);
      b.set([0x89, 0x50, 0x4e, 0x47]);
      new DataView(b.buffer).setUint32(16, w);
      new DataView(b.buffer).setUint32(20, h);
      return b;
    };
    expect(codeOf(() => checkImageFile(png(12000, 9000), "image/png"))).toBe("too-many-pixels");
    expect(codeOf(() => checkImageFile(png(8000, 8000), "image/png"))).toBeUndefined();
  });
  it("lets a good JPEG through", () => {
    expect(checkImageFile(cat, "image/jpeg").kind).toBe("jpeg");
  });
});
