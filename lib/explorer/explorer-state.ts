/**
 * The explorer's whole state lives in the URL (`/explore?model=v1&alpha=0.5&res=224&layer=block3/pointwise`)
 * so any view can be shared. Parsing never throws: a bad value falls back to its default and leaves a
 * note the page shows, because a shared link with a typo should still open something useful.
 */
import { isModelId, MODEL_IDS, MODEL_SPECS } from "@/lib/arch/models";
import type { ModelId } from "@/lib/arch/types";
import { ALPHA_MAX, RESOLUTION_MAX, RESOLUTION_MIN } from "@/lib/cost/resolve-options";

export interface ExplorerState {
  readonly model: ModelId;
  readonly alpha: number;
  readonly resolution: number;
  /** Path of the highlighted layer ("block3/pointwise"), or null. Checked against the network later. */
  readonly layer: string | null;
}

export interface ParsedExplorerState {
  readonly state: ExplorerState;
  /** One human sentence per value that was ignored. */
  readonly notes: readonly string[];
}

export const DEFAULT_MODEL: ModelId = "v1";
export const DEFAULT_ALPHA = 1;

/** Layer paths are short and made of word characters and slashes; anything else is not ours. */
const LAYER_PATTERN = /^[\w./-]{1,80}$/;

export function defaultExplorerState(model: ModelId = DEFAULT_MODEL): ExplorerState {
  return {
    model,
    alpha: DEFAULT_ALPHA,
    resolution: MODEL_SPECS[model].defaultResolution,
    layer: null,
  };
}

/** Turns Next's `searchParams` object (values may repeat) into URLSearchParams; first value wins. */
export function toSearchParams(
  record: Readonly<Record<string, string | readonly string[] | undefined>>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    const first = typeof value === "string" ? value : value?.[0];
    if (first !== undefined) params.set(key, first);
  }
  return params;
}

/** A strict decimal number (no "", "0x10", "1e3", " 2"): URLs are typed by people. */
function parseDecimal(text: string): number | null {
  return /^-?\d+(\.\d+)?$|^-?\.\d+$/.test(text) ? Number(text) : null;
}

export function parseExplorerState(params: URLSearchParams): ParsedExplorerState {
  const notes: string[] = [];

  const modelText = params.get("model");
  let model = DEFAULT_MODEL;
  if (modelText !== null) {
    if (isModelId(modelText)) model = modelText;
    else
      notes.push(
        `Unknown model “${modelText}”; showing ${DEFAULT_MODEL}. Known: ${MODEL_IDS.join(", ")}.`,
      );
  }
  const defaults = defaultExplorerState(model);

  let alpha = defaults.alpha;
  const alphaText = params.get("alpha");
  if (alphaText !== null) {
    const value = parseDecimal(alphaText);
    if (value !== null && value > 0 && value <= ALPHA_MAX) alpha = value;
    else
      notes.push(
        `Width multiplier α “${alphaText}” is not a number in (0, ${ALPHA_MAX}]; using ${defaults.alpha}.`,
      );
  }

  let resolution = defaults.resolution;
  const resText = params.get("res");
  if (resText !== null) {
    const value = parseDecimal(resText);
    if (
      value !== null &&
      Number.isInteger(value) &&
      value >= RESOLUTION_MIN &&
      value <= RESOLUTION_MAX
    )
      resolution = value;
    else
      notes.push(
        `Resolution “${resText}” is not a whole number of pixels in [${RESOLUTION_MIN}, ${RESOLUTION_MAX}]; using ${defaults.resolution}.`,
      );
  }

  let layer: string | null = null;
  const layerText = params.get("layer");
  if (layerText !== null && layerText !== "") {
    if (LAYER_PATTERN.test(layerText)) layer = layerText;
    else notes.push(`Layer “${layerText.slice(0, 40)}” is not a layer path; no layer selected.`);
  }

  return { state: { model, alpha, resolution, layer }, notes };
}

/** Round α for display and URLs so 0.1 + 0.2 never shows up as 0.30000000000000004. */
export function roundAlpha(alpha: number): number {
  return Math.round(alpha * 10_000) / 10_000;
}

/** The query string (without "?"): model, alpha and res always, layer when one is selected. */
export function serializeExplorerState(state: ExplorerState): string {
  const params = new URLSearchParams({
    model: state.model,
    alpha: String(roundAlpha(state.alpha)),
    res: String(state.resolution),
  });
  if (state.layer !== null) params.set("layer", state.layer);
  // URLSearchParams escapes "/" in layer paths; keep them readable, they are legal in a query.
  return params.toString().replaceAll("%2F", "/");
}

/** The explorer URL for a model at α and resolution (defaults: α 1, the model's published size). */
export function explorerHref(
  model: ModelId,
  opts: { readonly alpha?: number; readonly resolution?: number; readonly layer?: string } = {},
): string {
  const defaults = defaultExplorerState(model);
  return `/explore?${serializeExplorerState({
    model,
    alpha: opts.alpha ?? defaults.alpha,
    resolution: opts.resolution ?? defaults.resolution,
    layer: opts.layer ?? null,
  })}`;
}
