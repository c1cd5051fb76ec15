/**
 * A project as one file (JSON: thumbnails as base64 JPEG, embeddings as base64 float32), and back.
 * Reading checks everything before anything is replaced, so a bad file costs nothing: the caller
 * gets one sentence and keeps its current project.
 */
import type { TeachClass, TeachPhoto, TeachProject } from "./project";
import { MAX_CLASSES, MAX_PHOTOS, newId } from "./project";

export const PROJECT_FORMAT = "mobilenet-lab-teach-project";
export const PROJECT_VERSION = 1;

export class ProjectFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProjectFileError";
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

interface FilePhoto {
  readonly jpeg: string;
  readonly source: string;
  readonly embeddings: Record<string, string>;
}

export async function projectToJson(p: TeachProject): Promise<string> {
  const classes = await Promise.all(
    p.classes.map(async (c) => ({
      name: c.name,
      photos: await Promise.all(
        c.photos.map(async (photo): Promise<FilePhoto> => ({
          jpeg: toBase64(new Uint8Array(await photo.thumbnail.arrayBuffer())),
          source: photo.source,
          embeddings: Object.fromEntries(
            Object.entries(photo.embeddings).map(([k, e]) => [
              k,
              toBase64(new Uint8Array(e.buffer, e.byteOffset, e.byteLength)),
            ]),
          ),
        })),
      ),
    })),
  );
  return JSON.stringify({
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    backboneId: p.backboneId,
    classes,
  });
}

const bad = (why: string) =>
  new ProjectFileError(
    `This is not a /teach project file that can be read (${why}); nothing was changed.`,
  );

/**
 * Parses and checks a project file. `installed` are the backbone ids this page can run: a project
 * made with another backbone is refused with a sentence naming it.
 */
export function projectFromJson(
  text: string,
  installed: readonly string[],
  titleOf: (id: string) => string = (id) => id,
): TeachProject {
  return readProjectFile(text, installed, null, titleOf).project;
}

/**
 * As projectFromJson, but a project made with a backbone this page cannot run is rebased on
 * `fallback` when one is given: its thumbnails are all it needs, so the page embeds them again
 * instead of refusing it. `madeWith` names the backbone it was made with then (else null).
 */
export function readProjectFile(
  text: string,
  installed: readonly string[],
  fallback: string | null,
  titleOf: (id: string) => string = (id) => id,
): { readonly project: TeachProject; readonly madeWith: string | null } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw bad("it is not JSON");
  }
  const r = raw as { format?: unknown; version?: unknown; backboneId?: unknown; classes?: unknown };
  if (!r || r.format !== PROJECT_FORMAT) throw bad("it has no project header");
  if (r.version !== PROJECT_VERSION) throw bad(`it is version ${String(r.version)}`);
  if (typeof r.backboneId !== "string") throw bad("no backbone is named");
  const foreign = !installed.includes(r.backboneId);
  if (foreign && fallback === null)
    throw new ProjectFileError(
      `This project was made with ${titleOf(r.backboneId)}, which is not installed here; nothing was changed. Install that model, or teach the classes again here.`,
    );
  if (!Array.isArray(r.classes) || r.classes.length === 0 || r.classes.length > MAX_CLASSES)
    throw bad("its class list is missing or too long");
  let total = 0;
  const classes = r.classes.map((c: unknown): TeachClass => {
    const cc = c as { name?: unknown; photos?: unknown };
    if (typeof cc.name !== "string" || !Array.isArray(cc.photos)) throw bad("a class is damaged");
    total += cc.photos.length;
    if (total > MAX_PHOTOS) throw bad(`it has more than ${MAX_PHOTOS} photos`);
    return {
      id: newId("class"),
      name: cc.name,
      photos: cc.photos.map((ph: unknown): TeachPhoto => {
        const x = ph as Partial<FilePhoto>;
        if (typeof x.jpeg !== "string" || !x.embeddings || typeof x.embeddings !== "object")
          throw bad("a photo is damaged");
        let jpeg: Uint8Array;
        const embeddings: Record<string, Float32Array> = {};
        try {
          jpeg = fromBase64(x.jpeg);
          for (const [k, v] of Object.entries(x.embeddings)) {
            const b = fromBase64(String(v));
            if (b.byteLength % 4 !== 0 || b.byteLength === 0) throw new Error("length");
            embeddings[k] = new Float32Array(
              b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength),
            );
          }
        } catch {
          throw bad("a photo's data is damaged");
        }
        if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw bad("a photo is not a JPEG");
        const source = x.source === "webcam" || x.source === "sample" ? x.source : "file";
        return {
          id: newId("photo"),
          thumbnail: new Blob([jpeg as Uint8Array<ArrayBuffer>], { type: "image/jpeg" }),
          source,
          embeddings,
        };
      }),
    };
  });
  return foreign && fallback !== null
    ? { project: { backboneId: fallback, classes }, madeWith: r.backboneId }
    : { project: { backboneId: r.backboneId, classes }, madeWith: null };
}
