import { describe, expect, it } from "vitest";
import { bestClassPerAnchor, clipBox, decodeBoxes, decodeSsd, greedyNms, iou } from "./ssd-decode";
import type { SsdPostprocess } from "./task-models";
import { findTaskModel, SSD_ID } from "./task-models";

const SCALES = { y_scale: 10, x_scale: 10, h_scale: 5, w_scale: 5 };
const OPTIONS: SsdPostprocess = {
  ...SCALES,
  num_classes: 3,
  max_detections: 10,
  max_classes_per_detection: 1,
  nms_iou_threshold: 0.6,
  nms_score_threshold: 1e-8,
  use_regular_nms: false,
};

describe("decodeBoxes", () => {
  it("a zero encoding gives the anchor itself as corners", () => {
    const anchors = new Float32Array([0.5, 0.25, 0.2, 0.1]);
    const boxes = decodeBoxes(new Float32Array(4), anchors, SCALES);
    expect(Array.from(boxes)).toEqual(
      [0.4, 0.2, 0.6, 0.3].map((v) => expect.closeTo(v, 6)) as unknown as number[],
    );
  });

  it("ty = y_scale moves the centre down by one anchor height; th = h_scale·ln 2 doubles the height", () => {
    const anchors = new Float32Array([0.5, 0.5, 0.2, 0.4]);
    const enc = new Float32Array([10, -10, 5 * Math.log(2), 5 * Math.log(0.5)]);
    const [ymin, xmin, ymax, xmax] = decodeBoxes(enc, anchors, SCALES);
    // yc = 0.5 + 0.2 = 0.7, h = 0.4; xc = 0.5 - 0.4 = 0.1, w = 0.2
    expect(ymin).toBeCloseTo(0.5, 6);
    expect(ymax).toBeCloseTo(0.9, 6);
    expect(xmin).toBeCloseTo(0.0, 6);
    expect(xmax).toBeCloseTo(0.2, 6);
  });

  it("refuses encodings that do not match the anchors", () => {
    expect(() => decodeBoxes(new Float32Array(8), new Float32Array(4), SCALES)).toThrow(RangeError);
  });

  it("uses the model's own post-process options (TFLite_Detection_PostProcess in the file)", () => {
    const pp = findTaskModel(SSD_ID)?.postprocess;
    expect(pp).toMatchObject({
      y_scale: 10,
      x_scale: 10,
      h_scale: 5,
      w_scale: 5,
      num_classes: 90,
      max_detections: 10,
      use_regular_nms: false,
    });
    expect(pp?.nms_iou_threshold).toBeCloseTo(0.6, 6);
  });
});

describe("iou", () => {
  const boxes = new Float32Array([0, 0, 1, 1, 0, 0.5, 1, 1.5, 0, 2, 1, 3, 0.5, 0.5, 0.5, 0.9]);
  it("half-overlapping unit squares: 0.5 / 1.5 = 1/3", () => {
    expect(iou(boxes, 0, 1)).toBeCloseTo(1 / 3, 6);
  });
  it("disjoint boxes: 0; a box with itself: 1", () => {
    expect(iou(boxes, 0, 2)).toBe(0);
    expect(iou(boxes, 0, 0)).toBe(1);
  });
  it("a box with no area has IoU 0 with anything (as TFLite)", () => {
    expect(iou(boxes, 0, 3)).toBe(0);
  });
});

describe("bestClassPerAnchor", () => {
  it("skips the background column and reports the class as column − 1", () => {
    // two anchors × (background + 3 classes)
    const scores = new Float32Array([0.99, 0.1, 0.7, 0.2, 0.95, 0.3, 0.3, 0.05]);
    const { score, classIndex } = bestClassPerAnchor(scores, 2, 3, 1);
    expect(Array.from(score)).toEqual([expect.closeTo(0.7, 6), expect.closeTo(0.3, 6)]);
    expect(Array.from(classIndex)).toEqual([1, 0]); // ties keep the lower class
  });
});

describe("greedyNms", () => {
  // A: [0,0,1,1]; B overlaps A with IoU 0.81; C overlaps A with IoU exactly 0.6; D far away.
  const boxes = new Float32Array([0, 0, 1, 1, 0, 0, 0.9, 0.9, 0, 0, 1, 0.6, 0, 5, 1, 6]);
  it("suppresses a lower-scored box whose IoU is above the threshold, keeps one at exactly the threshold", () => {
    const score = new Float32Array([0.9, 0.8, 0.7, 0.6]);
    expect(iou(boxes, 0, 1)).toBeCloseTo(0.81, 5);
    expect(iou(boxes, 0, 2)).toBeCloseTo(0.6, 5);
    expect(greedyNms(boxes, score, 0.6 + 1e-6, 0, 10)).toEqual([0, 2, 3]);
  });
  it("goes by score, not by index: the best box survives wherever it is", () => {
    const score = new Float32Array([0.5, 0.9, 0.1, 0.2]);
    // B first; A (IoU 0.81) and C (IoU 0.54 / 0.87 = 0.62 with B) fall under it.
    expect(greedyNms(boxes, score, 0.6, 0, 10)).toEqual([1, 3]);
  });
  it("drops candidates under the score threshold and stops at max detections", () => {
    const score = new Float32Array([0.9, 0.8, 0.7, 0.0]);
    expect(greedyNms(boxes, score, 0.99, 1e-8, 10)).toEqual([0, 1, 2]);
    expect(greedyNms(boxes, score, 0.99, 1e-8, 2)).toEqual([0, 1]);
  });
  it("breaks score ties by anchor order (a stable sort, as TFLite)", () => {
    const score = new Float32Array([0.5, 0.5, 0.5, 0.5]);
    expect(greedyNms(boxes, score, 0.9, 0, 10)).toEqual([0, 1, 2, 3]);
  });
});

describe("decodeSsd", () => {
  it("decodes, picks classes and suppresses in one pass (hand-written anchors and encodings)", () => {
    const anchors = new Float32Array([0.5, 0.5, 0.4, 0.4, 0.5, 0.52, 0.4, 0.4, 0.2, 0.8, 0.2, 0.2]);
    const enc = new Float32Array(12); // every box = its anchor
    const scores = new Float32Array([
      0.1,
      0.9,
      0.05,
      0.0, // anchor 0: class 0 at 0.9
      0.1,
      0.8,
      0.0,
      0.0, // anchor 1: class 0 at 0.8, IoU 0.9 with anchor 0 → suppressed
      0.1,
      0.0,
      0.0,
      0.6, // anchor 2: class 2 at 0.6
    ]);
    const dets = decodeSsd(enc, scores, anchors, OPTIONS);
    expect(dets.map((d) => [d.anchor, d.classIndex])).toEqual([
      [0, 0],
      [2, 2],
    ]);
    expect(dets[0]?.score).toBeCloseTo(0.9, 6);
    expect(dets[1]?.box.map((v) => Number(v.toFixed(6)))).toEqual([0.1, 0.7, 0.3, 0.9]);
  });
  it("refuses the per-class NMS path it does not implement", () => {
    expect(() =>
      decodeSsd(new Float32Array(4), new Float32Array(4), new Float32Array(4), {
        ...OPTIONS,
        use_regular_nms: true,
      }),
    ).toThrow(/regular/);
  });
});

describe("clipBox", () => {
  it("clips to the photo", () => {
    expect(clipBox([-0.0039, -0.0116, 0.9839, 1.2])).toEqual([0, 0, 0.9839, 1]);
  });
});
