import { describe, expect, it } from "vitest";
import { isImageFile, placedSentence, rejectedSentence, splitImageFiles } from "./image-files";

const f = (name: string, type: string) => ({ name, type });

describe("dropped and pasted files", () => {
  it("keeps photos by MIME type, or by extension when the browser gives no type", () => {
    expect(isImageFile(f("a.jpg", "image/jpeg"))).toBe(true);
    expect(isImageFile(f("scan", "image/png"))).toBe(true);
    expect(isImageFile(f("b.HEIC", ""))).toBe(true);
    expect(isImageFile(f("notes.txt", "text/plain"))).toBe(false);
    expect(isImageFile(f("photo.jpg", "application/pdf"))).toBe(false);
    const { images, rejected } = splitImageFiles([
      f("a.jpg", "image/jpeg"),
      f("n.txt", "text/plain"),
      f("b.png", "image/png"),
    ]);
    expect(images.map((x) => x.name)).toEqual(["a.jpg", "b.png"]);
    expect(rejected.map((x) => x.name)).toEqual(["n.txt"]);
  });

  it("says in one sentence what was refused, naming at most three files", () => {
    expect(rejectedSentence([])).toBeNull();
    expect(rejectedSentence([f("notes.txt", "text/plain")])).toBe(
      "“notes.txt” is not an image, so it was not added: only photos (JPEG, PNG, WebP…) can be added.",
    );
    const four = ["a.txt", "b.pdf", "c.zip", "d.doc"].map((n) => f(n, "x/y"));
    expect(rejectedSentence(four)).toMatch(/^4 files are not images \(a\.txt, b\.pdf, c\.zip…\)/);
  });

  it("says where the photos went, with what was refused", () => {
    expect(placedSentence(1, [], "pasted", "cat")).toBe("1 pasted photo goes to “cat”.");
    expect(placedSentence(3, [f("n.txt", "text/plain")], "dropped", "cat")).toBe(
      "3 dropped photos go to “cat”. “n.txt” is not an image, so it was not added: only photos (JPEG, PNG, WebP…) can be added.",
    );
    expect(placedSentence(0, [f("n.txt", "")], "dropped", "cat")).toMatch(/^“n\.txt” is not/);
  });
});
