/**
 * The pretrained models the app knows, typed from the committed manifest (lib/models/manifest.json).
 * Installed models are served from /models/<file>; browser-only ones (V4) load from their public URL.
 */
import manifestJson from "@/lib/models/manifest.json";
import type { InputPreprocessing } from "./preprocess";

export interface ModelPreprocessing extends InputPreprocessing {
  readonly interpolation: string;
  readonly channel_order: string;
  readonly layout: string;
}

export interface ModelEntry {
  readonly id: string;
  readonly version: string;
  readonly variant: string;
  readonly title: string;
  readonly engine: { readonly model: string; readonly alpha: number; readonly resolution: number };
  readonly file: string;
  readonly bytes: number | null;
  readonly sha256: string | null;
  readonly input: { readonly name: string; readonly shape: readonly number[] };
  readonly output: { readonly name: string; readonly shape: readonly number[] };
  readonly preprocessing: ModelPreprocessing;
  readonly params: number | null;
  readonly published: {
    readonly top1: number | null;
    readonly top5: number | null;
    readonly note: string;
  };
  readonly sources: {
    readonly mirrorFile: string | null;
    readonly url: string | null;
    /** The public repository revision the URL is pinned to. */
    readonly revision?: string;
    readonly origin: string;
    readonly license: string;
    readonly note: string;
    readonly browserOnly?: boolean;
    /** false: size and sha256 not yet verified from a download, so the file loads unverified. */
    readonly checked?: boolean;
  };
}

export const MODELS: readonly ModelEntry[] = manifestJson.models as readonly ModelEntry[];

/** Where the browser fetches a model: the local copy, or the public URL for browser-only models. */
export function modelUrl(model: ModelEntry): string {
  return model.sources.browserOnly && model.sources.url
    ? model.sources.url
    : `/models/${model.file}`;
}

/** True for models that never install locally and need the internet (MobileNetV4). */
export function isRemoteOnly(model: ModelEntry): boolean {
  return model.sources.browserOnly === true;
}

/** The manifest model whose pinned sha256 equals this hex digest (a file the user already has). */
export function findModelBySha256(sha256: string): ModelEntry | undefined {
  return MODELS.find((m) => m.sha256 !== null && m.sha256 === sha256.toLowerCase());
}

export function findModel(id: string): ModelEntry | undefined {
  return MODELS.find((m) => m.id === id);
}

/** "V3-Small 1.0 · 224 px" style label from version and variant. */
export function shortModelName(model: ModelEntry): string {
  const v = model.version.toUpperCase();
  const parts = model.variant.split("-");
  const res = parts.pop();
  const rest = parts.join(" ");
  return `${v}${rest ? ` ${rest}` : ""} · ${res} px`;
}
