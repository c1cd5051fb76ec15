/**
 * The /inside page's state in its URL: `?model=<manifest id>&layer=<engine path>&channel=<n>`, and
 * `&sample=<file>` when the photo is one of the site's open sample photos (so a link opens with it).
 * Parsing never throws: an unknown model or a malformed layer or channel falls back to the default
 * and says so in `notes`, so a hand-edited link still opens something sensible.
 */

export interface InsideState {
  /** Manifest model id, e.g. "mobilenet-v2-1.0-224". */
  readonly model: string;
  /** Engine layer path, e.g. "block3/depthwise"; null = the first layer. */
  readonly layer: string | null;
  /** Output channel of that layer; null = none chosen. */
  readonly channel: number | null;
  /** File name of an open sample photo to run (e.g. "coffee.jpg"); absent = the reader picks one. */
  readonly sample?: string;
}

export interface ParsedInsideState {
  readonly state: InsideState;
  readonly notes: readonly string[];
}

const LAYER_PATH = /^[a-z0-9]+(\/[a-z0-9-]+)+$/;
const SAMPLE_FILE = /^[a-z0-9][a-z0-9._-]{0,80}\.(jpe?g|png|webp)$/i;
const MAX_CHANNEL = 100_000; // wider than any MobileNet layer (1280), narrow enough to reject junk

/** Reads the state from search params; `models` are the ids this installation can show. */
export function parseInsideState(
  params: URLSearchParams,
  models: readonly string[],
  fallbackModel: string,
): ParsedInsideState {
  const notes: string[] = [];
  const wanted = params.get("model");
  let model = fallbackModel;
  if (wanted !== null && models.includes(wanted)) model = wanted;
  else if (wanted !== null)
    notes.push(`Model “${wanted.slice(0, 60)}” is not installed here; showing ${fallbackModel}.`);
  const layerText = params.get("layer");
  let layer: string | null = null;
  if (layerText !== null && LAYER_PATH.test(layerText)) layer = layerText;
  else if (layerText !== null)
    notes.push(`Layer “${layerText.slice(0, 40)}” is not a layer path; showing the first layer.`);
  const channelText = params.get("channel");
  let channel: number | null = null;
  if (channelText !== null) {
    const n = Number(channelText);
    if (Number.isInteger(n) && n >= 0 && n < MAX_CHANNEL) channel = n;
    else
      notes.push(`Channel “${channelText.slice(0, 20)}” is not a channel number; none selected.`);
  }
  const sampleText = params.get("sample");
  let sample: string | undefined;
  if (sampleText !== null && SAMPLE_FILE.test(sampleText)) sample = sampleText;
  else if (sampleText !== null)
    notes.push(`Sample “${sampleText.slice(0, 40)}” is not a photo file name; pick a photo.`);
  return { state: { model, layer, channel, ...(sample ? { sample } : {}) }, notes };
}

/** The query string without "?" (slashes in layer paths kept readable). */
export function serializeInsideState(state: InsideState): string {
  const params = new URLSearchParams({ model: state.model });
  if (state.layer !== null) params.set("layer", state.layer);
  if (state.channel !== null) params.set("channel", String(state.channel));
  if (state.sample) params.set("sample", state.sample);
  return params.toString().replaceAll("%2F", "/");
}

/** A link to /inside at a model (and optionally a layer). */
export function insideHref(model: string, layer?: string): string {
  return `/inside?${serializeInsideState({ model, layer: layer ?? null, channel: null })}`;
}
