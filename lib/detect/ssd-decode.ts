/**
 * SSD's post-processing, exactly as TFLite's `TFLite_Detection_PostProcess` op does it with the
 * options stored in the model (lib/models/task-models.json, `postprocess`): decode every anchor's
 * box encoding, take each anchor's best class (background column skipped), keep scores at or above
 * the score threshold, then class-agnostic greedy non-maximum suppression (the op's fast path, as
 * `use_regular_nms` is false) up to `max_detections` boxes. Pure: typed arrays in, detections out.
 */
import type { SsdPostprocess } from "./task-models";

/** [ymin, xmin, ymax, xmax], normalised to the model input (and so to the whole photo). */
export type Box = readonly [number, number, number, number];

export interface RawDetection {
  readonly box: Box;
  /** Class index into the labels file (the scores' column minus the background offset). */
  readonly classIndex: number;
  readonly score: number;
  /** The anchor it came from, for tests and debugging. */
  readonly anchor: number;
}

/**
 * Decodes box encodings [N, 4] (ty, tx, th, tw) against anchors [N, 4] (ycenter, xcenter, h, w) into
 * corner boxes [N, 4] (ymin, xmin, ymax, xmax).
 */
export function decodeBoxes(
  encodings: Float32Array,
  anchors: Float32Array,
  scales: Pick<SsdPostprocess, "y_scale" | "x_scale" | "h_scale" | "w_scale">,
): Float32Array {
  const n = anchors.length / 4;
  if (encodings.length !== anchors.length)
    throw new RangeError(`${encodings.length / 4} box encodings for ${n} anchors`);
  const out = new Float32Array(n * 4);
  for (let i = 0; i < n; i++) {
    const o = i * 4;
    const ya = anchors[o] as number;
    const xa = anchors[o + 1] as number;
    const ha = anchors[o + 2] as number;
    const wa = anchors[o + 3] as number;
    const yc = ((encodings[o] as number) / scales.y_scale) * ha + ya;
    const xc = ((encodings[o + 1] as number) / scales.x_scale) * wa + xa;
    const h = Math.exp((encodings[o + 2] as number) / scales.h_scale) * ha;
    const w = Math.exp((encodings[o + 3] as number) / scales.w_scale) * wa;
    out[o] = yc - h / 2;
    out[o + 1] = xc - w / 2;
    out[o + 2] = yc + h / 2;
    out[o + 3] = xc + w / 2;
  }
  return out;
}

/** Intersection over union of boxes i and j of a corner-box array; 0 when either has no area (as TFLite). */
export function iou(boxes: Float32Array, i: number, j: number): number {
  const a = i * 4;
  const b = j * 4;
  const areaI =
    ((boxes[a + 2] as number) - (boxes[a] as number)) *
    ((boxes[a + 3] as number) - (boxes[a + 1] as number));
  const areaJ =
    ((boxes[b + 2] as number) - (boxes[b] as number)) *
    ((boxes[b + 3] as number) - (boxes[b + 1] as number));
  if (areaI <= 0 || areaJ <= 0) return 0;
  const ymin = Math.max(boxes[a] as number, boxes[b] as number);
  const xmin = Math.max(boxes[a + 1] as number, boxes[b + 1] as number);
  const ymax = Math.min(boxes[a + 2] as number, boxes[b + 2] as number);
  const xmax = Math.min(boxes[a + 3] as number, boxes[b + 3] as number);
  const inter = Math.max(0, ymax - ymin) * Math.max(0, xmax - xmin);
  return inter / (areaI + areaJ - inter);
}

/**
 * Each anchor's best class over the `numClasses` columns after `offset` (column 0 is background):
 * scores and class indices (into the labels, i.e. column − offset). Ties keep the lower class.
 */
export function bestClassPerAnchor(
  scores: Float32Array,
  anchors: number,
  numClasses: number,
  offset: number,
): { readonly score: Float32Array; readonly classIndex: Int32Array } {
  const stride = scores.length / anchors;
  if (!Number.isInteger(stride) || stride < numClasses + offset)
    throw new RangeError(
      `${scores.length} scores do not fit ${anchors} anchors × ${numClasses + offset} columns`,
    );
  const score = new Float32Array(anchors);
  const classIndex = new Int32Array(anchors);
  for (let a = 0; a < anchors; a++) {
    let best = -Infinity;
    let bestC = 0;
    const row = a * stride + offset;
    for (let c = 0; c < numClasses; c++) {
      const s = scores[row + c] as number;
      if (s > best) {
        best = s;
        bestC = c;
      }
    }
    score[a] = best;
    classIndex[a] = bestC;
  }
  return { score, classIndex };
}

/**
 * Greedy non-maximum suppression over candidates with score ≥ `scoreThreshold`, in decreasing score
 * (ties: lower index first, a stable sort): a candidate is kept unless its IoU with an already kept
 * box is greater than `iouThreshold`. At most `maxDetections` indices, in the order kept.
 */
export function greedyNms(
  boxes: Float32Array,
  score: Float32Array,
  iouThreshold: number,
  scoreThreshold: number,
  maxDetections: number,
): number[] {
  const candidates: number[] = [];
  for (let i = 0; i < score.length; i++)
    if ((score[i] as number) >= scoreThreshold) candidates.push(i);
  candidates.sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
  const kept: number[] = [];
  for (const i of candidates) {
    if (kept.length >= maxDetections) break;
    if (kept.every((k) => iou(boxes, k, i) <= iouThreshold)) kept.push(i);
  }
  return kept;
}

/** The whole post-process: raw outputs of one image → at most `max_detections` detections, best first. */
export function decodeSsd(
  boxEncodings: Float32Array,
  classScores: Float32Array,
  anchors: Float32Array,
  options: SsdPostprocess,
  labelOffset = 1,
): RawDetection[] {
  if (options.use_regular_nms)
    throw new Error("regular (per-class) NMS is not implemented: this model uses the fast path");
  const n = anchors.length / 4;
  const boxes = decodeBoxes(boxEncodings, anchors, options);
  const { score, classIndex } = bestClassPerAnchor(
    classScores,
    n,
    options.num_classes,
    labelOffset,
  );
  return greedyNms(
    boxes,
    score,
    options.nms_iou_threshold,
    options.nms_score_threshold,
    options.max_detections,
  ).map((i) => ({
    box: [0, 1, 2, 3].map((k) => boxes[i * 4 + k] as number) as unknown as Box,
    classIndex: classIndex[i] as number,
    score: score[i] as number,
    anchor: i,
  }));
}

/** A box clipped to the photo ([0, 1] on both axes): what the page draws and reports. */
export function clipBox(box: Box): Box {
  const c = (v: number) => Math.min(1, Math.max(0, v));
  return [c(box[0]), c(box[1]), c(box[2]), c(box[3])];
}
