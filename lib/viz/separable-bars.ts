/**
 * The lesson-2 calculator's four costs on one linear scale (the standard convolution = 100 %), so the
 * ~9× gap and the pointwise share are seen as lengths, plus the separable total zoomed to full width.
 * Pure: fractions only; the component turns them into widths.
 */
import type { SeparableComparison } from "../cost/separable";

export type SeparableBarKey = "standard" | "depthwise" | "pointwise" | "separable";

export interface BarSegment {
  readonly op: "conv" | "depthwise" | "pointwise";
  /** Start and end as fractions of the scale (0…1). */
  readonly from: number;
  readonly to: number;
}

export interface SeparableBar {
  readonly key: SeparableBarKey;
  readonly macs: number;
  readonly params: number;
  readonly segments: readonly BarSegment[];
}

export interface SeparableBars {
  /** Standard, depthwise, pointwise, separable (= depthwise then pointwise), all ÷ standard MACs. */
  readonly bars: readonly SeparableBar[];
  /** Standard ÷ separable MACs: how many separable bars fit in the standard one. */
  readonly times: number;
  /** Pointwise ÷ separable MACs (0…1). */
  readonly pointwiseShare: number;
  /** The separable total at full width: depthwise then pointwise, as fractions of the total. */
  readonly zoomed: readonly BarSegment[];
}

export function separableBars(c: SeparableComparison): SeparableBars {
  const scale = c.standard.macs;
  const f = (macs: number) => (scale > 0 ? macs / scale : 0);
  const dw = f(c.depthwise.macs);
  const pw = f(c.pointwise.macs);
  const share = c.separable.macs > 0 ? c.pointwise.macs / c.separable.macs : 0;
  const bar = (key: SeparableBarKey, segments: BarSegment[]): SeparableBar => ({
    key,
    macs: c[key].macs,
    params: c[key].params,
    segments,
  });
  return {
    bars: [
      bar("standard", [{ op: "conv", from: 0, to: 1 }]),
      bar("depthwise", [{ op: "depthwise", from: 0, to: dw }]),
      bar("pointwise", [{ op: "pointwise", from: 0, to: pw }]),
      bar("separable", [
        { op: "depthwise", from: 0, to: dw },
        { op: "pointwise", from: dw, to: dw + pw },
      ]),
    ],
    times: c.separable.macs > 0 ? c.standard.macs / c.separable.macs : Infinity,
    pointwiseShare: share,
    zoomed: [
      { op: "depthwise", from: 0, to: 1 - share },
      { op: "pointwise", from: 1 - share, to: 1 },
    ],
  };
}
