/**
 * A 2-D map of the embeddings: their first two principal components (ml-pca), with the share of the
 * variance each explains, and any extra point (the photo being classified) projected the same way.
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

/** null with fewer than 3 photos: two points always lie on a line, nothing to see. */
export function embeddingMap(
  inputs: readonly Float32Array[],
  query: Float32Array | null = null,
): EmbeddingMap | null {
  if (inputs.length < 3) return null;
  const rows = inputs.map((v) => Array.from(v));
  const pca = new PCA(rows, { center: true, scale: false });
  const project = (data: number[][]) => pca.predict(data, { nComponents: 2 }).to2DArray();
  const points = project(rows).map((r) => [r[0] ?? 0, r[1] ?? 0] as const);
  const marker = query ? project([Array.from(query)])[0] : null;
  const ev = pca.getExplainedVariance();
  return {
    points,
    marker: marker ? [marker[0] ?? 0, marker[1] ?? 0] : null,
    explained: [ev[0] ?? 0, ev[1] ?? 0],
  };
}
