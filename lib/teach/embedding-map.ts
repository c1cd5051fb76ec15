/**
 * A 2-D map of the embeddings: their first two principal components (ml-pca), with the share of the
 * variance each explains. Fitting is the costly part (a 1280-wide covariance), so it happens once per
 * set of photos; placing a new photo (a webcam frame) on the fitted axes is two dot products.
 */
import { PCA } from "ml-pca";

export interface EmbeddingMap {
  /** [x, y] per training photo, in the order given. */
  readonly points: readonly (readonly [number, number])[];
  /** The current photo, projected onto the same two axes. */
  readonly marker: readonly [number, number] | null;
  /** Fraction of the variance on each axis (0…1). */
  readonly explained: readonly [number, number];
}

export interface FittedMap extends Omit<EmbeddingMap, "marker"> {
  /** Another embedding on the same two axes. */
  place(embedding: ArrayLike<number>): [number, number];
}

/** null with fewer than 3 photos: two points always lie on a line, nothing to see. */
export function fitEmbeddingMap(inputs: readonly Float32Array[]): FittedMap | null {
  if (inputs.length < 3) return null;
  const rows = inputs.map((v) => Array.from(v));
  const pca = new PCA(rows, { center: true, scale: false });
  const { means } = pca.toJSON() as { means: number[] };
  const loadings = pca.getLoadings().to2DArray();
  const axis = (k: number) => loadings[k] ?? [];
  const onAxis = (e: ArrayLike<number>, k: number) => {
    const l = axis(k);
    let s = 0;
    for (let i = 0; i < e.length; i++) s += (e[i]! - (means[i] ?? 0)) * (l[i] ?? 0);
    return s;
  };
  const place = (e: ArrayLike<number>): [number, number] => [onAxis(e, 0), onAxis(e, 1)];
  const ev = pca.getExplainedVariance();
  return { points: inputs.map(place), explained: [ev[0] ?? 0, ev[1] ?? 0], place };
}
