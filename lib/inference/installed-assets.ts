/**
 * Server-side: which models and sample photos this installation has, read from public/ at request
 * time (scripts/setup-models.mjs writes them), so the page never probes for files that 404.
 * Params and MACs come from the cost engine, at the model's own α and resolution.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isModelId } from "@/lib/arch/models";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { MODELS, isRemoteOnly } from "./model-catalog";
import type { PreparedModel } from "./protocol";
import type { PublishedTop1 } from "./published-accuracy";
import { modelTop1, paperTop1 } from "./published-accuracy";

export interface ModelCard {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly variant: string;
  readonly bytes: number | null;
  /** Cost engine totals (papers' convention); null when the engine does not know the architecture. */
  readonly params: number | null;
  readonly macs: number | null;
  /** The architecture's float top-1 in its own paper, with the source. */
  readonly paperTop1: PublishedTop1 | null;
  /** The published top-1 of the weights this card runs (8-bit for our V1–V3 files), with the source. */
  readonly modelTop1: PublishedTop1 | null;
  readonly installed: boolean;
  readonly remoteOnly: boolean;
  /** False when the file has no pinned sha256 (loaded unverified, and the page says so). */
  readonly checksumPinned: boolean;
  readonly sourceUrl: string | null;
  readonly origin: string;
  readonly license: string;
}

export interface SamplePhoto {
  readonly src: string;
  readonly file: string;
  readonly set: "open" | "imagenet";
  /** Class names a correct model puts first (empty: no ImageNet class fits, e.g. a person). */
  readonly expected: readonly string[];
  readonly caption: string;
  readonly credit: string;
}

export interface ClassifyAssets {
  readonly models: readonly ModelCard[];
  readonly samples: readonly SamplePhoto[];
  /** False when public/models/installed.json is missing: setup has not run. */
  readonly setupRan: boolean;
}

function readJson<T>(path: string): T | null {
  try {
    return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : null;
  } catch {
    return null;
  }
}

function costs(engine: { model: string; alpha: number; resolution: number }): {
  params: number | null;
  macs: number | null;
} {
  if (!isModelId(engine.model)) return { params: null, macs: null };
  try {
    const net = resolveNetwork(engine.model, {
      alpha: engine.alpha,
      resolution: engine.resolution,
    });
    return { params: net.totals.params, macs: net.totals.macs };
  } catch {
    return { params: null, macs: null };
  }
}

/** A model's prepared ORT-format graph as setup recorded it (public/models/prepared.json), if any. */
export function preparedModel(id: string, root: string = process.cwd()): PreparedModel | null {
  const index = readJson<Record<string, PreparedModel>>(join(root, "public/models/prepared.json"));
  const entry = index?.[id];
  if (!entry?.ok) return null;
  const { ok, url, sha256, gzBytes, bytes } = entry;
  return { ok, url, sha256, gzBytes, ...(bytes ? { bytes } : {}) };
}

export function loadClassifyAssets(root: string = process.cwd()): ClassifyAssets {
  const pub = join(root, "public");
  const installedJson = readJson<{ installed: string[] }>(join(pub, "models/installed.json"));
  const installed = new Set(installedJson?.installed ?? []);
  const models = MODELS.map((m): ModelCard => {
    const remoteOnly = isRemoteOnly(m);
    return {
      id: m.id,
      title: m.title,
      version: m.version,
      variant: m.variant,
      bytes: m.bytes,
      ...costs(m.engine),
      paperTop1: paperTop1(m.engine),
      modelTop1: modelTop1(m),
      installed: !remoteOnly && installed.has(m.id) && existsSync(join(pub, "models", m.file)),
      remoteOnly,
      checksumPinned: m.sha256 !== null,
      sourceUrl: m.sources.url,
      origin: m.sources.origin,
      license: m.sources.license,
    };
  });
  const open =
    readJson<Record<string, { expect_any: string[]; license: string; what: string }>>(
      join(pub, "samples/open/labels.json"),
    ) ?? {};
  const imagenet =
    readJson<Record<string, { name: string; source: string }>>(
      join(pub, "samples/imagenet/labels.json"),
    ) ?? {};
  const samples: SamplePhoto[] = [
    ...Object.entries(open).map(([file, s]) => ({
      src: `/samples/open/${file}`,
      file,
      set: "open" as const,
      expected: s.expect_any,
      caption: s.what,
      credit: s.license,
    })),
    ...Object.entries(imagenet)
      .filter(([file]) => existsSync(join(pub, "samples/imagenet", file)))
      .map(([file, s]) => ({
        src: `/samples/imagenet/${file}`,
        file,
        set: "imagenet" as const,
        expected: [s.name],
        caption: s.name,
        credit:
          "ImageNet sample (non-commercial research and education use only; local copy, not shipped)",
      })),
  ];
  return { models, samples, setupRan: installedJson !== null };
}
