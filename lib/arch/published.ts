import type { ModelId } from "./types";

/**
 * Published accuracy / cost points for the lessons' accuracy-vs-MACs charts, transcribed from
 * /work/shared/reference/mobilenet-facts.md (which cites each primary source). Units: top-1 in %, MACs
 * (multiply-adds) and params in millions, as printed. Tests in lib/cost pin every cell against the engine.
 */
export interface PublishedPoint {
  readonly model: ModelId;
  readonly alpha: number;
  readonly resolution: number;
  /** ImageNet top-1 in %, or null when the source gives none. */
  readonly top1: number | null;
  readonly macsM: number | null;
  readonly paramsM: number | null;
  /** Decimal places as printed ("4.0M" → 1, "569" → 0, "0.2G" = 200 M → -2): the source's rounding. */
  readonly macsDigits: number;
  readonly paramsDigits: number;
  /** Human source label (paper + table, or repository file). */
  readonly source: string;
  /** False for numbers only seen in secondary sources (none left since the V4 paper's Tab. 6 was read). */
  readonly verified: boolean;
  /** The checkpoint the top-1 was measured on: 8-bit quantized ("int8"), or float when absent. */
  readonly precision?: "int8";
  /** The source's params include BN γ/β: compare with the engine's params + bnParams. */
  readonly paramsIncludeBn?: boolean;
  /** V3-Small only: the last-conv width this row used (earlier arXiv versions and slim/Keras: 1280). */
  readonly v3SmallHead?: 1024 | 1280;
  /** A variant the engine does not model (V3-Small "minimalistic": no SE, no h-swish, no 5×5). */
  readonly variant?: "minimalistic";
  /** Set when the engine's conv+FC count is known to differ from the printed number, with the reason. */
  readonly engineNote?: string;
}

export const PUBLISHED_SOURCES = {
  v1Table6: "MobileNetV1 paper (arXiv 1704.04861), Table 6",
  v1Table7: "MobileNetV1 paper (arXiv 1704.04861), Table 7",
  v1Table9: "MobileNetV1 paper (arXiv 1704.04861), Table 9",
  v1Slim: "TF-slim mobilenet_v1.md (mobilenet_v1_2018_02_22 checkpoints)",
  v2Table4: "MobileNetV2 paper (arXiv 1801.04381), Table 4",
  v2Slim: "TF-slim mobilenet/README.md (MobileNetV2 checkpoints)",
  v3Table3: "MobileNetV3 paper, final ICCV version (arXiv 1905.02244), Table 3",
  v3Earlier: "MobileNetV3 paper, earlier arXiv versions, Table 3",
  v3Slim: "TF-slim mobilenet/README.md (MobileNetV3 checkpoints)",
  v3Keras: "tf.keras.applications MobileNetV3 docs (r2.4)",
  v3DLi14: "d-li14/mobilenetv3.pytorch README (PyTorch reimplementation)",
  v3Table4: "MobileNetV3 paper, final ICCV version (arXiv 1905.02244), Table 4 (8-bit quantized)",
  v4Table6: "MobileNetV4 paper (arXiv 2404.10518 v2, ECCV 2024), Table 6",
  v4Timm: "timm model card mobilenetv4_conv_small.e2400_r224_in1k",
  v4TimmResults: "timm results-imagenet.csv (top-1 at the checkpoint's eval resolution)",
  tfliteQuant: "TensorFlow Lite hosted models table, quantized models",
} as const;

const S = PUBLISHED_SOURCES;

/** Each architecture's own paper and table (float checkpoints). */
export const OWN_PAPER: Readonly<Record<ModelId, string>> = {
  v1: S.v1Table6,
  v2: S.v2Table4,
  "v3-large": S.v3Table3,
  "v3-small": S.v3Table3,
  // No paper has it: TF-slim's checkpoint table is its own source (facts §B.1).
  "v3-large-minimalistic": S.v3Slim,
  "v4-conv-s": S.v4Table6,
  "v4-conv-m": S.v4Table6,
  "v4-conv-l": S.v4Table6,
  "v4-hybrid-m": S.v4Table6,
  "v4-hybrid-l": S.v4Table6,
};

/** Shorthand for one row; digits default to the common "569 M / 4.2 M" printing. */
function point(
  model: ModelId,
  alpha: number,
  resolution: number,
  top1: number | null,
  macsM: number | null,
  paramsM: number | null,
  source: string,
  extra: Partial<PublishedPoint> = {},
): PublishedPoint {
  return {
    model,
    alpha,
    resolution,
    top1,
    macsM,
    paramsM,
    macsDigits: 0,
    paramsDigits: 1,
    source,
    verified: true,
    ...extra,
  };
}

const V1_SLIM_MACS_NOTE =
  "TF-slim lists 317/233/162/104 M for α = 0.75, about 2.6 % below the paper's Table 6 (325 M) and our count (325.4 M); not explained.";

/**
 * MobileNetV1: paper Tables 6, 7, 9 and the TF-slim 16-checkpoint grid. The papers sometimes truncate
 * instead of rounding (Table 7 prints 290 for our 290.68 M, Table 9 76 for 76.52 M; V2 Table 4 prints
 * 3.4 M for 3.47 M), so a printed value "matches" when it is the count rounded or truncated.
 */
const V1_POINTS: readonly PublishedPoint[] = [
  point("v1", 1, 224, 70.6, 569, 4.2, S.v1Table6),
  point("v1", 0.75, 224, 68.4, 325, 2.6, S.v1Table6),
  point("v1", 0.5, 224, 63.7, 149, 1.3, S.v1Table6),
  point("v1", 0.25, 224, 50.6, 41, 0.5, S.v1Table6),
  point("v1", 1, 192, 69.1, 418, 4.2, S.v1Table7),
  point("v1", 1, 160, 67.2, 290, 4.2, S.v1Table7),
  point("v1", 1, 128, 64.4, 186, 4.2, S.v1Table7),
  point("v1", 0.5, 160, 60.2, 76, 1.32, S.v1Table9, { paramsDigits: 2 }),
  ...v1SlimGrid(),
];

function v1SlimGrid(): PublishedPoint[] {
  // Rows α = 1.0, 0.75, 0.5, 0.25; columns 224, 192, 160, 128: [MACs, top-1]. Params (2 decimals) include BN [U].
  const grid: readonly (readonly [number, number, readonly (readonly [number, number])[]])[] = [
    [
      1,
      4.24,
      [
        [569, 70.9],
        [418, 70.0],
        [291, 68.0],
        [186, 65.2],
      ],
    ],
    [
      0.75,
      2.59,
      [
        [317, 68.4],
        [233, 67.2],
        [162, 65.3],
        [104, 62.1],
      ],
    ],
    [
      0.5,
      1.34,
      [
        [150, 63.3],
        [110, 61.7],
        [77, 59.1],
        [49, 56.3],
      ],
    ],
    [
      0.25,
      0.47,
      [
        [41, 49.8],
        [34, 47.7],
        [21, 45.5],
        [14, 41.5],
      ],
    ],
  ];
  const resolutions = [224, 192, 160, 128] as const;
  return grid.flatMap(([alpha, paramsM, cells]) =>
    cells.map(([macsM, top1], i) =>
      point("v1", alpha, resolutions[i] ?? 224, top1, macsM, paramsM, S.v1Slim, {
        paramsDigits: 2,
        paramsIncludeBn: true,
        ...(alpha === 0.75 ? { engineNote: V1_SLIM_MACS_NOTE } : {}),
        ...(alpha === 0.25 && i === 1
          ? {
              engineNote:
                "Our count is 30.2 M; slim prints 34 M (likely a typo: 41 → 34 → 21 is not ∝ ρ²).",
            }
          : {}),
      }),
    ),
  );
}

/** MobileNetV2: paper Table 4 and the official 22-checkpoint grid (params printed with 2 decimals). */
const V2_POINTS: readonly PublishedPoint[] = [
  point("v2", 1, 224, 72.0, 300, 3.4, S.v2Table4),
  point("v2", 1.4, 224, 74.7, 585, 6.9, S.v2Table4, {
    engineNote:
      "Our count (and the slim checkpoint) is 582 M / 6.06 M; the paper's 585 M / 6.9 M is not reproducible.",
  }),
  point("v1", 1, 224, 70.6, 575, 4.2, S.v2Table4, {
    engineNote: "Cross-paper drift: V1 is 569 M in its own paper and in our count.",
  }),
  ...v2SlimGrid(),
];

function v2SlimGrid(): PublishedPoint[] {
  // [α, resolution, MACs M, params M, top-1]
  const rows: readonly (readonly [number, number, number, number, number])[] = [
    [1.4, 224, 582, 6.06, 75.0],
    [1.3, 224, 509, 5.34, 74.4],
    [1, 224, 300, 3.47, 71.8],
    [1, 192, 221, 3.47, 70.7],
    [1, 160, 154, 3.47, 68.8],
    [1, 128, 99, 3.47, 65.3],
    [1, 96, 56, 3.47, 60.3],
    [0.75, 224, 209, 2.61, 69.8],
    [0.75, 192, 153, 2.61, 68.7],
    [0.75, 160, 107, 2.61, 66.4],
    [0.75, 128, 69, 2.61, 63.2],
    [0.75, 96, 39, 2.61, 58.8],
    [0.5, 224, 97, 1.95, 65.4],
    [0.5, 192, 71, 1.95, 63.9],
    [0.5, 160, 50, 1.95, 61.0],
    [0.5, 128, 32, 1.95, 57.7],
    [0.5, 96, 18, 1.95, 51.2],
    [0.35, 224, 59, 1.66, 60.3],
    [0.35, 192, 43, 1.66, 58.2],
    [0.35, 160, 30, 1.66, 55.7],
    [0.35, 128, 20, 1.66, 50.8],
    [0.35, 96, 11, 1.66, 45.5],
  ];
  return rows.map(([alpha, resolution, macsM, paramsM, top1]) =>
    point("v2", alpha, resolution, top1, macsM, paramsM, S.v2Slim, { paramsDigits: 2 }),
  );
}

const V3_PAPER_219_NOTE =
  "Our conv+FC count is 216.6 M (= slim's 217, d-li14's 216.60); the paper's 219 M probably adds elementwise ops [U].";
const V3_SMALL_66_NOTE =
  "A 1280 head gives 2.93 M params (matches) but only 56.9 M MACs: the earlier 66 M cannot be reproduced by a conv+FC count.";
const EARLY_HEAD = { v3SmallHead: 1280 } as const;

/**
 * TF's slim and Keras MobileNetV3 checkpoints: the same five networks (the small one with the earlier
 * 1280 head), each release with its own measured top-1, in this order.
 */
function tfCheckpoints(
  source: string,
  [large, large075, small, small075, largeMinimalistic]: readonly [
    number,
    number,
    number,
    number,
    number,
  ],
): PublishedPoint[] {
  return [
    point("v3-large", 1, 224, large, 217, 5.4, source),
    point("v3-large", 0.75, 224, large075, 155, 4.0, source),
    point("v3-small", 1, 224, small, 66, 2.9, source, {
      ...EARLY_HEAD,
      engineNote: V3_SMALL_66_NOTE,
    }),
    point("v3-small", 0.75, 224, small075, 44, 2.4, source, EARLY_HEAD),
    point("v3-large-minimalistic", 1, 224, largeMinimalistic, 209, 3.9, source),
  ];
}

/** MobileNetV3: final Table 3, earlier arXiv Table 3, slim and Keras checkpoints, d-li14 reimplementation. */
const V3_POINTS: readonly PublishedPoint[] = [
  point("v3-large", 1, 224, 75.2, 219, 5.4, S.v3Table3, { engineNote: V3_PAPER_219_NOTE }),
  point("v3-large", 0.75, 224, 73.3, 155, 4.0, S.v3Table3),
  point("v2", 1, 224, 72.0, 300, 3.4, S.v3Table3),
  point("v3-small", 1, 224, 67.4, 56, 2.5, S.v3Table3),
  point("v3-small", 0.75, 224, 65.4, 44, 2.0, S.v3Table3, {
    engineNote:
      "The 1024 head gives 43.40 M (= d-li14's 43.40); the final paper's 44 M matches the earlier 1280-head count (43.77 M).",
  }),
  point("v2", 0.35, 224, 60.8, 59.2, 1.6, S.v3Table3, { macsDigits: 1 }),
  point("v3-small", 1, 224, 67.4, 66, 2.9, S.v3Earlier, {
    ...EARLY_HEAD,
    engineNote: V3_SMALL_66_NOTE,
  }),
  point("v3-small", 0.75, 224, 65.4, 44, 2.4, S.v3Earlier, EARLY_HEAD),
  ...tfCheckpoints(S.v3Slim, [75.2, 73.3, 67.5, 65.4, 72.3]),
  point("v3-small", 1, 224, 61.9, 65, 2.0, S.v3Slim, { variant: "minimalistic" }),
  ...tfCheckpoints(S.v3Keras, [75.6, 73.3, 68.1, 65.4, 72.3]),
  point("v3-large", 1, 224, null, 216.6, 5.483, S.v3DLi14, dLi14()),
  point("v3-large", 0.75, 224, null, 154.57, 3.994, S.v3DLi14, dLi14()),
  point("v3-small", 1, 224, null, 56.52, 2.543, S.v3DLi14, dLi14()),
  point("v3-small", 0.75, 224, null, 43.4, 2.042, S.v3DLi14, dLi14()),
];

/**
 * d-li14 prints "MFLOPs" that are really MACs (2 decimals) and PyTorch params including BN (3 decimals).
 * Its counter adds ≈ 10 k operations to ours (216.60 vs 216.59 M), so the MACs match to ±0.02 M.
 */
function dLi14(): Partial<PublishedPoint> {
  return { macsDigits: 2, paramsDigits: 3, paramsIncludeBn: true };
}

/**
 * Params compared with BN γ/β included: that is how 3.749 M (3.774 M with BN) becomes the printed 3.8 M,
 * and the engine + BN is timm's count to two decimals for all five models (facts §A.4).
 */
const V4_PAPER = {
  macsDigits: -2,
  paramsDigits: 1,
  paramsIncludeBn: true,
} as const;
const V4_COUNT_NOTE =
  "The paper's parameter count is below every reproducible count (ours, timm's, the TF backbone's); " +
  "lesson 6 shows them side by side. The engine follows the official code's block spec.";

/**
 * MobileNetV4: the paper's own results table (Tab. 6 of arXiv v2, facts §A.4, read from the paper),
 * at each model's input resolution; MACs printed in G (0.2G = 200 M ± 50).
 */
const V4_POINTS: readonly PublishedPoint[] = [
  point("v4-conv-s", 1, 224, 73.8, 200, 3.8, S.v4Table6, V4_PAPER),
  point("v4-conv-m", 1, 256, 79.9, 1000, 9.2, S.v4Table6, {
    ...V4_PAPER,
    engineNote: V4_COUNT_NOTE,
  }),
  point("v4-conv-l", 1, 384, 82.9, 5900, 31, S.v4Table6, {
    ...V4_PAPER,
    paramsDigits: 0,
    engineNote: V4_COUNT_NOTE,
  }),
  point("v4-hybrid-m", 1, 256, 80.7, 1200, 10.5, S.v4Table6, {
    ...V4_PAPER,
    engineNote: V4_COUNT_NOTE,
  }),
  point("v4-hybrid-l", 1, 384, 83.4, 7200, 35.9, S.v4Table6, {
    ...V4_PAPER,
    engineNote: V4_COUNT_NOTE,
  }),
  point("v4-conv-s", 1, 224, null, 200, 3.8, S.v4Timm, {
    macsDigits: -2,
    paramsIncludeBn: true,
  }),
  // timm's own evaluation of its (the only public) weights, at the paper's resolution (facts §A.4).
  point("v4-conv-s", 1, 224, 73.756, null, null, S.v4TimmResults),
  point("v4-conv-m", 1, 256, 79.916, null, null, S.v4TimmResults),
  point("v4-hybrid-m", 1, 256, 81.478, null, null, S.v4TimmResults),
  point("v4-conv-l", 1, 384, 82.974, null, null, S.v4TimmResults),
  point("v4-hybrid-l", 1, 384, 83.826, null, null, S.v4TimmResults),
];

const INT8 = { precision: "int8" } as const;

/**
 * Top-1 of 8-bit quantized checkpoints: V3 paper Table 4 (facts §A.3) and TensorFlow Lite's hosted
 * models table, whose quantized rows are the .tflite files our /classify models are converted from
 * (Mobilenet_V1_0.75_224_quant 66.9 %, Mobilenet_V2_1.0_224_quant 70.8 %; read from that table, not yet
 * in the facts file). No MACs or params: the sources print none.
 */
const QUANTIZED_POINTS: readonly PublishedPoint[] = [
  point("v3-large", 1, 224, 73.8, null, null, S.v3Table4, INT8),
  point("v2", 1, 224, 70.9, null, null, S.v3Table4, INT8),
  point("v3-small", 1, 224, 64.9, null, null, S.v3Table4, INT8),
  point("v2", 0.35, 224, 57.2, null, null, S.v3Table4, INT8),
  point("v1", 0.75, 224, 66.9, null, null, S.tfliteQuant, INT8),
  point("v2", 1, 224, 70.8, null, null, S.tfliteQuant, INT8),
  // facts §B.5 (hosted_models.md L51) and §B.1 (slim README L62–77): the files of our V1 1.0 and V3-Large minimalistic.
  point("v1", 1, 224, 70.0, null, null, S.tfliteQuant, INT8),
  point("v3-large-minimalistic", 1, 224, 71.3, null, null, S.v3Slim, INT8),
];

/** Every published point, V1 → V4. */
export const PUBLISHED_POINTS: readonly PublishedPoint[] = [
  ...V1_POINTS,
  ...V2_POINTS,
  ...V3_POINTS,
  ...V4_POINTS,
  ...QUANTIZED_POINTS,
];

/** One row of V1 Table 2, "Resource per layer type", as printed (facts §A.1). */
export interface V1Table2Row {
  readonly op: "pointwise" | "depthwise" | "conv" | "fc";
  readonly label: string;
  readonly macsPercent: number;
  readonly paramsPercent: number;
}

/** V1 Table 2. Its four MACs rows add up to 99.29 %, not 100 % (see lib/cost/v1-table2.ts). */
export const V1_TABLE2: readonly V1Table2Row[] = [
  { op: "pointwise", label: "Conv 1×1", macsPercent: 94.86, paramsPercent: 74.59 },
  { op: "depthwise", label: "Conv DW 3×3", macsPercent: 3.06, paramsPercent: 1.06 },
  { op: "conv", label: "Conv 3×3 (first layer)", macsPercent: 1.19, paramsPercent: 0.02 },
  { op: "fc", label: "Fully connected", macsPercent: 0.18, paramsPercent: 24.33 },
];

/**
 * V4 paper Tab. 2 (facts §A.4): Pixel 8 EdgeTPU latency in ms of a base model, and of the same model
 * with three attention blocks added, as MHSA or as Mobile MQA. The "39 %" is computed from these.
 */
export const V4_TABLE2_EDGETPU_MS = { base: 2.35, withMhsa: 2.76, withMqa: 2.6 } as const;

export type V4ModelId = "v4-conv-s" | "v4-conv-m" | "v4-hybrid-m" | "v4-conv-l" | "v4-hybrid-l";

/** How other counters count each V4 model (facts §A.4, "Counting disagreements"). */
export interface V4OtherCounts {
  /** timm, with the 1000-class head and BN, in millions (2 decimals). */
  readonly timmParamsM: number;
  /** timm's GMACs at the paper's resolution. */
  readonly timmGmacs: number;
  /** The TF backbone's unit test: exact count, no 1000-class classifier. */
  readonly tfBackboneParams: number;
}

export const V4_OTHER_COUNTS: Readonly<Record<V4ModelId, V4OtherCounts>> = {
  "v4-conv-s": { timmParamsM: 3.77, timmGmacs: 0.19, tfBackboneParams: 2_518_112 },
  "v4-conv-m": { timmParamsM: 9.72, timmGmacs: 1.1, tfBackboneParams: 8_502_416 },
  "v4-hybrid-m": { timmParamsM: 11.07, timmGmacs: 1.29, tfBackboneParams: 9_869_488 },
  "v4-conv-l": { timmParamsM: 32.59, timmGmacs: 6.43, tfBackboneParams: 31_459_416 },
  "v4-hybrid-l": { timmParamsM: 37.76, timmGmacs: 7.77, tfBackboneParams: 36_648_024 },
};
