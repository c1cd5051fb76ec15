/**
 * Gets a model's bytes: from the Cache API when a verified copy is there (a second visit downloads
 * nothing), else by streaming fetch with byte progress. Every copy is checked against the manifest's
 * sha256 before a session sees it, and only a verified copy is cached.
 */
import { InferenceError, SETUP_HINT } from "./errors";
import type { ModelSpec } from "./protocol";

const CACHE_NAME = "mobilenet-lab-models-v1";

export interface ModelBytes {
  readonly bytes: Uint8Array;
  readonly fromCache: boolean;
  readonly verified: boolean;
  readonly downloadMs: number;
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
  onProgress: (loaded: number, total: number | null) => void,
): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(model.url);
  } catch {
    throw new InferenceError(
      "model-fetch-failed",
      isRemote(model.url)
        ? `Could not reach ${new URL(model.url).host}: ${model.id} loads from its public source and needs an internet connection. The installed models work offline.`
        : `Could not download ${model.url} (network error). Is the server still running?`,
    );
  }
  if (res.status === 404 && !isRemote(model.url))
    throw new InferenceError(
      "model-missing",
      `The model file ${model.url} is not installed (HTTP 404). ${SETUP_HINT}`,
    );
  if (!res.ok)
    throw new InferenceError(
      "model-fetch-failed",
      `Downloading ${model.url} failed: HTTP ${res.status}.`,
    );
  const header = Number(res.headers.get("content-length"));
  const total = header > 0 ? header : model.bytes;
  if (!res.body) {
    const whole = new Uint8Array(await res.arrayBuffer());
    onProgress(whole.length, total);
    return whole;
  }
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = res.body.getReader();
  onProgress(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

async function matches(model: ModelSpec, bytes: Uint8Array): Promise<boolean> {
  return model.sha256 === null || (await sha256Hex(bytes)) === model.sha256;
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

export async function loadModelBytes(
  model: ModelSpec,
  onProgress: (loaded: number, total: number | null) => void,
  onVerify: () => void,
): Promise<ModelBytes> {
  const cache = await openCache();
  const hit = await cache?.match(model.url);
  if (hit) {
    const bytes = new Uint8Array(await hit.arrayBuffer());
    onProgress(bytes.length, bytes.length);
    onVerify();
    if (await matches(model, bytes))
      return { bytes, fromCache: true, verified: model.sha256 !== null, downloadMs: 0 };
    await cache?.delete(model.url); // a damaged cached copy: fetch a fresh one
  }
  const t0 = performance.now();
  const bytes = await download(model, onProgress);
  const downloadMs = performance.now() - t0;
  onVerify();
  if (!(await matches(model, bytes))) {
    const got = await sha256Hex(bytes);
    throw new InferenceError(
      "model-checksum-mismatch",
      `${model.url} does not match the manifest (sha256 ${got.slice(0, 12)}…, expected ${model.sha256?.slice(0, 12)}…). The file is damaged or a different model; it was not used. ${SETUP_HINT}`,
    );
  }
  try {
    await cache?.put(
      model.url,
      new Response(bytes as Uint8Array<ArrayBuffer>, {
        headers: { "content-type": "application/octet-stream" },
      }),
    );
  } catch {
    // Quota exceeded: the model still runs, it just downloads again next visit.
  }
  return { bytes, fromCache: false, verified: model.sha256 !== null, downloadMs };
}
