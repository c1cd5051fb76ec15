import type { OnnxModel, OnnxNode } from "@/lib/onnx/onnx-proto";
import { elementCount } from "@/lib/onnx/onnx-proto";
import { tensorAttr } from "./attributes";
import { ONNX_TYPES, isLearnableType } from "./tensor-values";

const INT32 = ONNX_TYPES.INT32;

/** A tensor whose values are stored in the file and can be learned (a weight, bias, scale…). */
export interface StoredTensor {
  readonly name: string;
  readonly dims: readonly number[];
  readonly elements: number;
  /** int32 data: a quantized bias when a conv reads it as one, else an index or shape constant. */
  readonly int32: boolean;
}

/** Ops through which a stored weight reaches its consumer unchanged in count (QDQ and cast chains). */
const WEIGHT_CARRIERS: ReadonlySet<string> = new Set([
  "DequantizeLinear",
  "Identity",
  "Cast",
  "Transpose",
  "Reshape",
]);

/** Who produces and who consumes each tensor, and which tensors are stored constants. */
export class GraphIndex {
  readonly nodes: readonly OnnxNode[];
  private readonly producer = new Map<string, number>();
  private readonly consumer = new Map<string, number[]>();
  private readonly stored = new Map<string, StoredTensor>();

  constructor(model: OnnxModel) {
    this.nodes = model.graph.node;
    for (const t of model.graph.initializer) {
      if (isLearnableType(t.dataType) || t.dataType === INT32)
        this.stored.set(t.name, {
          name: t.name,
          dims: t.dims,
          elements: elementCount(t.dims),
          int32: t.dataType === INT32,
        });
    }
    this.nodes.forEach((node, i) => {
      for (const out of node.output) if (out) this.producer.set(out, i);
      for (const input of node.input) {
        if (!input) continue;
        const list = this.consumer.get(input) ?? [];
        list.push(i);
        this.consumer.set(input, list);
      }
      const t = node.opType === "Constant" ? tensorAttr(node, "value") : undefined;
      const out = node.output[0];
      if (t && out && (isLearnableType(t.dataType) || t.dataType === INT32))
        this.stored.set(out, {
          name: out,
          dims: t.dims,
          elements: elementCount(t.dims),
          int32: t.dataType === INT32,
        });
    });
  }

  producerOf(tensor: string): OnnxNode | undefined {
    const i = this.producer.get(tensor);
    return i === undefined ? undefined : this.nodes[i];
  }

  consumersOf(tensor: string): readonly OnnxNode[] {
    return (this.consumer.get(tensor) ?? []).map((i) => this.nodes[i] as OnnxNode);
  }

  /**
   * The stored tensor behind a node input: the constant itself, or the one a DequantizeLinear/Cast chain
   * reads; undefined for activations (tensors computed from the graph input).
   */
  storedSource(tensor: string): StoredTensor | undefined {
    for (let name = tensor, hops = 0; hops < 4; hops++) {
      const direct = this.stored.get(name);
      if (direct) return direct;
      const p = this.producerOf(name);
      if (!p || !WEIGHT_CARRIERS.has(p.opType) || !p.input[0]) return undefined;
      name = p.input[0];
    }
    return undefined;
  }

  /** True when the tensor is computed from the graph's inputs (not a stored constant). */
  isActivation(tensor: string): boolean {
    return tensor !== "" && this.storedSource(tensor) === undefined && !this.isFolded(tensor);
  }

  /** Outputs of Constant / shape-only chains (no graph input behind them) are not activations. */
  private isFolded(tensor: string): boolean {
    const p = this.producerOf(tensor);
    return p?.opType === "Constant";
  }
}
