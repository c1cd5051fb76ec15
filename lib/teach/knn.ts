/**
 * k-nearest neighbours on L2-normalised embeddings: cosine similarity is then a dot product. The
 * confidence of a class is its share of the k votes, and the voters come back so the page can show
 * which training photos decided.
 */

/** A copy of `v` scaled to unit length (a zero vector stays zero). */
export function l2Normalize(v: ArrayLike<number>): Float32Array {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  const norm = Math.sqrt(sum);
  const out = new Float32Array(v.length);
  if (norm === 0) return out;
  for (let i = 0; i < v.length; i++) out[i] = v[i]! / norm;
  return out;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

export interface KnnExample {
  readonly id: string;
  readonly classIndex: number;
  /** Unit length (see l2Normalize). */
  readonly embedding: Float32Array;
}

export interface KnnVoter {
  readonly id: string;
  readonly classIndex: number;
  /** Cosine similarity to the query, −1…1. */
  readonly similarity: number;
}

export interface KnnResult {
  /** Vote share per class (sums to 1 when there is at least one example). */
  readonly probabilities: Float32Array;
  /** The k nearest examples, most similar first. */
  readonly voters: readonly KnnVoter[];
}

export const DEFAULT_K = 3;

/**
 * Votes of the k most similar examples. Ties in the vote go to the class of the most similar voter,
 * by giving each vote a tiny bonus for its rank, so the answer never depends on class order.
 */
export function knnPredict(
  query: Float32Array,
  examples: readonly KnnExample[],
  classes: number,
  k = DEFAULT_K,
): KnnResult {
  const q = l2Normalize(query);
  const scored = examples
    .map((e) => ({ id: e.id, classIndex: e.classIndex, similarity: dot(q, e.embedding) }))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, Math.max(1, k));
  const votes = new Float32Array(classes);
  for (const v of scored)
    if (v.classIndex >= 0 && v.classIndex < classes) votes[v.classIndex]! += 1;
  const total = scored.length;
  const probabilities = new Float32Array(classes);
  if (total > 0) for (let c = 0; c < classes; c++) probabilities[c] = votes[c]! / total;
  return { probabilities, voters: scored };
}

/** Index of the largest value; ties go to the first voter's class when `prefer` is given. */
export function argmax(values: ArrayLike<number>, prefer?: number): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  if (prefer !== undefined && prefer >= 0 && values[prefer] === values[best]) return prefer;
  return best;
}
