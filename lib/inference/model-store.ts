/**
 * Gets a model's bytes: from the Cache API when a verified copy is there (a second visit downloads
 * nothing), else by streaming fetch with byte progress. Every copy is checked against its sha256
 * before a session sees it, and only a verified copy is cached.
 *
 * WASM sessions first try the prepared ORT-format graph that `npm run setup:models` writes
 * (scripts/optimize-models.mjs: gzipped, in a content-hashed folder, its sha256 recorded in
 * /models/prepared.json); when there is none or it fails its check, the manifest's .onnx is used.
 */
import { InferenceError, SETUP_HINT } from "./errors";
import type { ModelFormat, ModelSpec, PreparedModel } from "./protocol";

const CACHE_NAME = "mobilenet-lab-models-v1";

export interface ModelBytes {
  readonly bytes: Uint8Array;
  readonly format: ModelFormat;
  readonly fromCache: boolean;
  readonly verified: boolean;
  readonly downloadMs: number;
  /** When the load began and ended (cache read or download, and the checksum), worker clock. */
  readonly span?: { readonly start: number; readonly end: number };
}

/** One entry of /models/prepared.json (written by scripts/optimize-models.mjs). */
export type PreparedEntry = PreparedModel;

/** Where a file comes from and what it must hash to. */
interface Source {
  readonly url: string;
  readonly sha256: string | null;
  /** Transfer size for the progress bar when the server sends no Content-Length. */
  readonly bytes: number | null;
  readonly gzip: boolean;
  /** Size after gunzip, for the progress bar when the browser gunzips it on the way. */
  readonly gunzippedBytes?: number;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function openCache(): Promise<Cache | null> {
  try {
    return typeof caches === "undefined" ? null : await caches.open(CACHE_NAME);
  } catch {
    return null; // private modes can refuse storage; downloading every time still works
  }
}

function isRemote(url: string): boolean {
  return /^https?:\/\//.test(url);
}

async function download(
  model: ModelSpec,
  source: Source,
  onProgress: (loaded: number, total: number | null) => void,
): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(source.url);
  } catch {
    throw new InferenceError(
      "model-fetch-failed",
      isRemote(model.url)
        ? `Could not reach ${new URL(model.url).host}: ${model.id} loads from its public source and needs an internet connection. The installed models work offline.`
        : `Could not download ${source.url} (network error). Is the server still running?`,
    );
  }
  if (res.status === 404 && !isRemote(model.url))
    throw new InferenceError(
      "model-missing",
      `The model file ${source.url} is not installed (HTTP 404). ${SETUP_HINT}`,
    );
  if (!res.ok)
    throw new InferenceError(
      "model-fetch-failed",
      `Downloading ${source.url} failed: HTTP ${res.status}.`,
    );
  // `next start` sends the prepared .ort.gz with `Content-Encoding: gzip` (next.config.js), so the
  // browser's network stack has already gunzipped it, off this thread; a static host sends the
  // gzip bytes as they are, and they are gunzipped here.
  const decoded = source.gzip && /\bgzip\b/.test(res.headers.get("content-encoding") ?? "");
  const header = Number(res.headers.get("content-length"));
  // Progress counts the bytes this code sees: gunzipped ones when the browser already did it.
  const total = decoded ? (source.gunzippedBytes ?? null) : header > 0 ? header : source.bytes;
  let loaded = 0;
  onProgress(0, total);
  const counted = (res.body ?? new Response(await res.arrayBuffer()).body)!.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        loaded += chunk.length;
        onProgress(loaded, total);
        out.enqueue(chunk);
      },
    }),
  );
  const body =
    source.gzip && !decoded
      ? counted.pipeThrough(
          new DecompressionStream("gzip") as TransformStream<Uint8Array, Uint8Array>,
        )
      : counted;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

async function matches(source: Source, bytes: Uint8Array): Promise<boolean> {
  return source.sha256 === null || (await sha256Hex(bytes)) === source.sha256;
}

/**
 * Stores bytes the caller has already verified against the manifest's sha256 under the model's URL,
 * so the worker finds them as a cached copy (and checks them again) instead of downloading: this is
 * how a MobileNetV4 file the user already has works offline. False when the browser refuses storage.
 */
export async function storeVerifiedModel(url: string, bytes: Uint8Array): Promise<boolean> {
  const cache = await openCache();
  if (!cache) return false;
  try {
    await cache.put(
      url,
      new Response(bytes as Uint8Array<ArrayBuffer>, {
        headers: { "content-type": "application/octet-stream" },
      }),
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * True when this browser already holds the model's file (downloaded once, or loaded from disk with
 * its checksum): a browser-only model (MobileNetV4) is then usable offline, without asking again.
 */
export async function hasStoredModel(url: string): Promise<boolean> {
  const cache = await openCache();
  try {
    return !!(await cache?.match(url));
  } catch {
    return false;
  }
}

let preparedIndex: Promise<Readonly<Record<string, PreparedEntry>>> | undefined;

const PREPARED_INDEX = "/models/prepared.json";

/**
 * Starts reading /models/prepared.json (once per worker), so the first load does not wait for it.
 * A copy is kept beside the cached models: offline, the cached prepared graphs are still found.
 */
export function readPreparedIndex(): Promise<Readonly<Record<string, PreparedEntry>>> {
  preparedIndex ??= (async () => {
    const cache = await openCache();
    try {
      const res = await fetch(PREPARED_INDEX);
      if (!res.ok) return {};
      await cache?.put(PREPARED_INDEX, res.clone()).catch(() => undefined);
      return (await res.json()) as Record<string, PreparedEntry>;
    } catch {
      const copy = await cache?.match(PREPARED_INDEX);
      return copy ? ((await copy.json()) as Record<string, PreparedEntry>) : {};
    }
  })();
  return preparedIndex;
}

/**
 * The prepared ORT-format graph for this model, if setup made one that passed its checks: the
 * entry the caller already has (the page's HTML sends it with a prefetch, saving the index's round
 * trip), else the index's.
 */
async function preparedSource(model: ModelSpec, known?: PreparedEntry): Promise<Source | null> {
  const entry = known ?? (await readPreparedIndex())[model.id];
  if (!entry?.ok || !/^[0-9a-f]{64}$/.test(entry.sha256) || !entry.url.startsWith("/models/"))
    return null;
  return {
    url: entry.url,
    sha256: entry.sha256,
    bytes: entry.gzBytes,
    gzip: true,
    ...(entry.bytes ? { gunzippedBytes: entry.bytes } : {}),
  };
}

/**
 * The model's bytes. With `preferPrepared` (WASM sessions), the prepared ORT-format graph when setup
 * made one; otherwise, and for WebGPU (the prepared graph's fusions were chosen for the WASM/CPU
 * execution provider) or for callers that edit the graph, the manifest's .onnx.
 */
export async function loadModelBytes(
  model: ModelSpec,
  onProgress: (loaded: number, total: number | null) => void,
  onVerify: () => void,
  options: { readonly preferPrepared?: boolean; readonly prepared?: PreparedEntry } = {},
): Promise<ModelBytes> {
  const start = performance.now();
  const loaded = await loadModelBytesFrom(model, onProgress, onVerify, options);
  return { ...loaded, span: { start, end: performance.now() } };
}

async function loadModelBytesFrom(
  model: ModelSpec,
  onProgress: (loaded: number, total: number | null) => void,
  onVerify: () => void,
  options: { readonly preferPrepared?: boolean; readonly prepared?: PreparedEntry },
): Promise<ModelBytes> {
  const prepared =
    options.preferPrepared && !isRemote(model.url)
      ? await preparedSource(model, options.prepared)
      : null;
  if (prepared) {
    try {
      return { ...(await loadVerified(model, prepared, onProgress, onVerify)), format: "ort" };
    } catch {
      // Missing or damaged prepared file: the verified original below still works.
    }
  }
  const original = { url: model.url, sha256: model.sha256, bytes: model.bytes, gzip: false };
  return { ...(await loadVerified(model, original, onProgress, onVerify)), format: "onnx" };
}

async function loadVerified(
  model: ModelSpec,
  source: Source,
  onProgress: (loaded: number, total: number | null) => void,
  onVerify: () => void,
): Promise<Omit<ModelBytes, "format">> {
  const verified = source.sha256 !== null;
  const cache = await openCache();
  const hit = await cache?.match(source.url);
  if (hit) {
    const bytes = new Uint8Array(await hit.arrayBuffer());
    onProgress(bytes.length, bytes.length);
    onVerify();
    if (await matches(source, bytes)) return { bytes, fromCache: true, verified, downloadMs: 0 };
    await cache?.delete(source.url); // a damaged cached copy: fetch a fresh one
  }
  const t0 = performance.now();
  const bytes = await download(model, source, onProgress);
  const downloadMs = performance.now() - t0;
  onVerify();
  if (!(await matches(source, bytes))) {
    const got = await sha256Hex(bytes);
    throw new InferenceError(
      "model-checksum-mismatch",
      `${source.url} does not match the manifest (sha256 ${got.slice(0, 12)}…, expected ${source.sha256?.slice(0, 12)}…). The file is damaged or a different model; it was not used. ${SETUP_HINT}`,
    );
  }
  // Stored in the background: the session need not wait for a 14 MB disk write (about 40 ms of a
  // cold visit here). Quota exceeded: the model still runs, it just downloads again next visit.
  void cache
    ?.put(
      source.url,
      new Response(bytes as Uint8Array<ArrayBuffer>, {
        headers: { "content-type": "application/octet-stream" },
      }),
    )
    .catch(() => undefined);
  return { bytes, fromCache: false, verified, downloadMs };
}
