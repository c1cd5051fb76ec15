/** Shapes of tensors: concrete dims, batch 1 (dynamic dims are fixed before inference starts). */
export type Dims = readonly number[];

/** NumPy multidirectional broadcasting (ONNX Add, Mul, MatMul batch dims…); undefined when incompatible. */
export function broadcast(shapes: readonly Dims[]): Dims | undefined {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    let dim = 1;
    for (const s of shapes) {
      const d = s[s.length - rank + i] ?? 1;
      if (d === 1) continue;
      if (dim !== 1 && dim !== d) return undefined;
      dim = d;
    }
    out.push(dim);
  }
  return out;
}

/** Normalises a possibly negative axis against a rank. */
export function axisOf(axis: number, rank: number): number {
  return axis < 0 ? axis + rank : axis;
}

export function product(dims: Dims): number {
  return dims.reduce((a, b) => a * b, 1);
}
