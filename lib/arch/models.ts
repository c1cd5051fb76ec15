import { MOBILENET_V1 } from "./mobilenet-v1";
import { MOBILENET_V2 } from "./mobilenet-v2";
import {
  MOBILENET_V3_LARGE,
  MOBILENET_V3_LARGE_MINIMALISTIC,
  MOBILENET_V3_SMALL,
} from "./mobilenet-v3";
import {
  MOBILENET_V4_CONV_L,
  MOBILENET_V4_CONV_M,
  MOBILENET_V4_CONV_S,
  MOBILENET_V4_HYBRID_L,
  MOBILENET_V4_HYBRID_M,
} from "./mobilenet-v4";
import type { ModelId, ModelSpec } from "./types";

/** Every model, oldest first (the order of menus and charts). */
export const MODEL_IDS = [
  "v1",
  "v2",
  "v3-large",
  "v3-small",
  "v3-large-minimalistic",
  "v4-conv-s",
  "v4-conv-m",
  "v4-conv-l",
  "v4-hybrid-m",
  "v4-hybrid-l",
] as const satisfies readonly ModelId[];

/** The published specs at α = 1 (V3-Small with the final paper's 1024 head). */
export const MODEL_SPECS: Readonly<Record<ModelId, ModelSpec>> = {
  v1: MOBILENET_V1,
  v2: MOBILENET_V2,
  "v3-large": MOBILENET_V3_LARGE,
  "v3-small": MOBILENET_V3_SMALL,
  "v3-large-minimalistic": MOBILENET_V3_LARGE_MINIMALISTIC,
  "v4-conv-s": MOBILENET_V4_CONV_S,
  "v4-conv-m": MOBILENET_V4_CONV_M,
  "v4-conv-l": MOBILENET_V4_CONV_L,
  "v4-hybrid-m": MOBILENET_V4_HYBRID_M,
  "v4-hybrid-l": MOBILENET_V4_HYBRID_L,
};

/** Human titles for menus, legends and headings. */
export const MODEL_TITLES: Readonly<Record<ModelId, string>> = {
  v1: "MobileNetV1",
  v2: "MobileNetV2",
  "v3-large": "MobileNetV3-Large",
  "v3-small": "MobileNetV3-Small",
  "v3-large-minimalistic": "MobileNetV3-Large minimalistic",
  "v4-conv-s": "MobileNetV4-Conv-S",
  "v4-conv-m": "MobileNetV4-Conv-M",
  "v4-conv-l": "MobileNetV4-Conv-L",
  "v4-hybrid-m": "MobileNetV4-Hybrid-M",
  "v4-hybrid-l": "MobileNetV4-Hybrid-L",
};

const MODEL_ID_SET: ReadonlySet<string> = new Set(MODEL_IDS);

/** Narrows untrusted text (URL params, CLI args) to a ModelId. */
export function isModelId(s: unknown): s is ModelId {
  return typeof s === "string" && MODEL_ID_SET.has(s);
}
