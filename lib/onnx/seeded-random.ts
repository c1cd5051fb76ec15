/**
 * Deterministic weights: the same (model, α, resolution, seed) always gives byte-identical ONNX files,
 * so a downloaded graph can be reproduced and tests are stable.
 */

/** mulberry32 (Tommy Ettinger, public domain): a 32-bit-state PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, used to give every tensor its own seed derived from its name. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Fills `out` with N(0, std²) samples (Box–Muller on a mulberry32 stream).
 * `1 - u` keeps the logarithm's argument in (0, 1], so no -Infinity.
 */
export function fillNormal(out: Float32Array, std: number, seed: number): Float32Array {
  const rand = mulberry32(seed);
  for (let i = 0; i < out.length; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - rand())) * std;
    const theta = 2 * Math.PI * rand();
    out[i] = r * Math.cos(theta);
    if (i + 1 < out.length) out[i + 1] = r * Math.sin(theta);
  }
  return out;
}

/** Fills `out` with U(-limit, limit) samples. */
export function fillUniform(out: Float32Array, limit: number, seed: number): Float32Array {
  const rand = mulberry32(seed);
  for (let i = 0; i < out.length; i++) out[i] = (2 * rand() - 1) * limit;
  return out;
}
