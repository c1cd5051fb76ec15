import { describe, expect, it } from "vitest";
import type { TeachPhoto } from "./project";
import {
  addClass,
  addPhotos,
  defaultClassName,
  deleteClass,
  emptyProject,
  examplesFor,
  MAX_CLASSES,
  renameClass,
  trainBlocker,
} from "./project";
import { ProjectFileError, projectFromJson, projectToJson, readProjectFile } from "./project-file";

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const photo = (id: string, e: number[]): TeachPhoto => ({
  id,
  thumbnail: new Blob([JPEG], { type: "image/jpeg" }),
  source: "file",
  embeddings: { m: Float32Array.from(e) },
});

describe("a teach project", () => {
  it("starts with two classes, names new ones after the free number, and stops at 20", () => {
    let p = emptyProject("m");
    expect(p.classes.map((c) => c.name)).toEqual(["Class 1", "Class 2"]);
    p = renameClass(p, p.classes[0]!.id, "cat");
    expect(defaultClassName(p.classes)).toBe("Class 1");
    for (let i = 0; i < 30; i++) p = addClass(p);
    expect(p.classes).toHaveLength(MAX_CLASSES);
  });

  it("says why Train is disabled", () => {
    let p = emptyProject("m");
    expect(trainBlocker(p)).toBe("“Class 1” has no photos yet.");
    p = addPhotos(p, p.classes[0]!.id, [photo("a", [1, 0])]);
    p = addPhotos(p, p.classes[1]!.id, [photo("b", [0, 1])]);
    expect(trainBlocker(p)).toBeNull();
    expect(trainBlocker(renameClass(p, p.classes[1]!.id, " class 1 "))).toBe(
      "Two classes are called “class 1”: rename one.",
    );
    expect(trainBlocker(deleteClass(p, p.classes[1]!.id))).toMatch(/at least 2 classes/);
    const ex = examplesFor(p, "m");
    expect(ex.labels).toEqual([0, 1]);
    expect(examplesFor(p, "other").missing).toBe(2);
  });

  it("round-trips through its file, and refuses a corrupt file or another backbone", async () => {
    let p = emptyProject("m");
    p = renameClass(p, p.classes[0]!.id, "cat");
    p = addPhotos(p, p.classes[0]!.id, [photo("a", [0.5, -2])]);
    const text = await projectToJson(p);
    const back = projectFromJson(text, ["m"]);
    expect(back.classes.map((c) => c.name)).toEqual(["cat", "Class 2"]);
    expect(Array.from(back.classes[0]!.photos[0]!.embeddings.m!)).toEqual([0.5, -2]);
    expect(new Uint8Array(await back.classes[0]!.photos[0]!.thumbnail.arrayBuffer())).toEqual(JPEG);
    expect(() => projectFromJson(text.slice(0, 40), ["m"])).toThrow(ProjectFileError);
    expect(() => projectFromJson('{"format":"nope"}', ["m"])).toThrow(/nothing was changed/);
    expect(() => projectFromJson(text, ["x"], () => "MobileNet M")).toThrow(
      /made with MobileNet M, which is not installed here/,
    );
  });

  it("rebases a project made with another backbone on the page's, keeping its photos", async () => {
    let p = emptyProject("m");
    p = addPhotos(p, p.classes[1]!.id, [photo("a", [1, 2]), photo("b", [3, 4])]);
    const read = readProjectFile(await projectToJson(p), ["x"], "x");
    expect(read.madeWith).toBe("m");
    expect(read.project.backboneId).toBe("x");
    expect(read.project.classes.map((c) => c.photos.length)).toEqual([0, 2]);
    // Nothing for "x" yet: the page embeds the thumbnails again.
    expect(examplesFor(read.project, "x").missing).toBe(2);
    expect(readProjectFile(await projectToJson(p), ["m"], "x").madeWith).toBeNull();
  });
});
