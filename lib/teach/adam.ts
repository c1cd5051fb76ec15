/** Adam (Kingma & Ba, 2015) with Keras' defaults, over the head's four tensors. */
import type { Gradients, HeadWeights } from "./head";

export interface AdamOptions {
  readonly learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
}

export const ADAM_DEFAULTS: AdamOptions = {
  learningRate: 0.001,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-7,
};

type Key = keyof Gradients;
const KEYS: readonly Key[] = ["w1", "b1", "w2", "b2"];

export class Adam {
  private readonly m: Gradients;
  private readonly v: Gradients;
  private t = 0;

  constructor(
    private readonly weights: HeadWeights,
    private readonly options: AdamOptions = ADAM_DEFAULTS,
  ) {
    const zeros = () => ({
      w1: new Float32Array(weights.w1.length),
      b1: new Float32Array(weights.b1.length),
      w2: new Float32Array(weights.w2.length),
      b2: new Float32Array(weights.b2.length),
    });
    this.m = zeros();
    this.v = zeros();
  }

  /**
   * One update of the weights (in place) from this batch's gradients. Keras' form: the bias
   * corrections fold into the step size, and epsilon is added to √v itself (its "epsilon hat").
   */
  step(grads: Gradients): void {
    const { learningRate, beta1, beta2, epsilon } = this.options;
    this.t += 1;
    const stepSize = (learningRate * Math.sqrt(1 - beta2 ** this.t)) / (1 - beta1 ** this.t);
    for (const key of KEYS) {
      const w = this.weights[key];
      const g = grads[key];
      const m = this.m[key];
      const v = this.v[key];
      for (let i = 0; i < w.length; i++) {
        const gi = g[i]!;
        const mi = beta1 * m[i]! + (1 - beta1) * gi;
        const vi = beta2 * v[i]! + (1 - beta2) * gi * gi;
        m[i] = mi;
        v[i] = vi;
        w[i]! -= (stepSize * mi) / (Math.sqrt(vi) + epsilon);
      }
    }
  }
}
