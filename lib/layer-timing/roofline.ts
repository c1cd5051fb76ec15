/**
 * The roofline model: a layer of arithmetic intensity I (MACs per byte) can run no faster than
 * min(peak compute, memory bandwidth × I). The ridge point, peak ÷ bandwidth, is the intensity at
 * which the two limits meet: below it a layer waits on memory, above it on arithmetic.
 */

/** This device's two ceilings, each measured by a small benchmark graph in the timing worker. */
export interface Ceilings {
  /** Billions of multiply-adds per second reached by a large 1×1 convolution. */
  readonly peakGmacs: number;
  /** GB/s (10⁹ bytes per second) reached by a large elementwise op (one read, one write per float). */
  readonly bandwidthGBs: number;
}

/** MACs per byte where the memory roof meets the compute roof. */
export function ridgePoint(c: Ceilings): number {
  return c.peakGmacs / c.bandwidthGBs;
}

/** The fastest a layer of this intensity can run under both ceilings, in GMAC/s. */
export function rooflineBound(c: Ceilings, intensity: number): number {
  return Math.min(c.peakGmacs, c.bandwidthGBs * intensity);
}

/** Which roof a layer of this intensity sits under. */
export function boundBy(c: Ceilings, intensity: number): "memory" | "compute" {
  return intensity < ridgePoint(c) ? "memory" : "compute";
}
