import type { OpKind } from "@/lib/arch/types";
import type { OnnxAttribute, OnnxModel, OnnxNode, OnnxTensor, OnnxValueInfo } from "./onnx-proto";
import { ATTRIBUTE_TYPE, DATA_TYPE, elementCount } from "./onnx-proto";
import { fillNormal, fillUniform, hashString } from "./seeded-random";

/** Which chart colour a node's time is booked under; "other" = residual adds, pooling, layer scale… */
export type NodeCategory = OpKind | "other";

/** ONNX opset: 14+ has HardSwish; 13+ takes Clip bounds as inputs. 17 is run by every ORT EP we use. */
export const OPSET = 17;
/** IR version 8 goes with opsets up to 18. */
export const IR_VERSION = 8;

export type AttrValue = number | readonly number[];

/** Attribute list from a plain object; integers become INT(S) unless named in `floatNames`. */
export function attributes(
  attrs: Readonly<Record<string, AttrValue>>,
  floatNames: readonly string[] = [],
): OnnxAttribute[] {
  return Object.entries(attrs).map(([name, value]) => {
    const isFloat = floatNames.includes(name);
    if (typeof value === "number") {
      return isFloat
        ? { name, type: ATTRIBUTE_TYPE.FLOAT, f: value }
        : { name, type: ATTRIBUTE_TYPE.INT, i: value };
    }
    return isFloat
      ? { name, type: ATTRIBUTE_TYPE.FLOATS, floats: value }
      : { name, type: ATTRIBUTE_TYPE.INTS, ints: value };
  });
}

function valueInfo(name: string, dims: readonly number[]): OnnxValueInfo {
  return {
    name,
    type: {
      tensorType: {
        elemType: DATA_TYPE.FLOAT,
        shape: { dim: dims.map((d) => ({ dimValue: d })) },
      },
    },
  };
}

function floatBytes(values: Float32Array): Uint8Array {
  // ONNX raw_data is little-endian; every platform that runs ORT-web or ORT-node is little-endian.
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

/**
 * Accumulates nodes and initializers of one graph. Learned tensors (weights, biases, per-channel
 * scales) get deterministic random values seeded by (graph seed, tensor name) and are counted in
 * `paramCount`; constants (Clip bounds, Reshape shapes) are not.
 */
export class GraphBuilder {
  private readonly nodes: OnnxNode[] = [];
  private readonly initializers: OnnxTensor[] = [];
  private readonly names = new Set<string>();
  private readonly categories = new Map<string, NodeCategory>();
  private learned = 0;

  constructor(private readonly seed: number) {}

  /** Float elements of all learned initializers so far. */
  get paramCount(): number {
    return this.learned;
  }

  /** Node name → category, for booking profiled kernel times. */
  get nodeCategories(): ReadonlyMap<string, NodeCategory> {
    return this.categories;
  }

  private claim(name: string): string {
    if (this.names.has(name)) throw new Error(`Duplicate ONNX name "${name}".`);
    this.names.add(name);
    return name;
  }

  /** A learned tensor drawn from N(0, std²). */
  normal(name: string, dims: readonly number[], std: number): string {
    const values = fillNormal(
      new Float32Array(elementCount(dims)),
      std,
      hashString(name, this.seed),
    );
    return this.learnedTensor(name, dims, values);
  }

  /** A learned tensor drawn from U(-limit, limit) (biases, folded BN shifts). */
  uniform(name: string, dims: readonly number[], limit: number): string {
    const values = fillUniform(
      new Float32Array(elementCount(dims)),
      limit,
      hashString(name, this.seed),
    );
    return this.learnedTensor(name, dims, values);
  }

  /** A learned per-channel tensor filled with one value (layer-scale γ, norm scale). */
  filled(name: string, dims: readonly number[], value: number): string {
    return this.learnedTensor(name, dims, new Float32Array(elementCount(dims)).fill(value));
  }

  private learnedTensor(name: string, dims: readonly number[], values: Float32Array): string {
    this.claim(name);
    this.learned += values.length;
    this.initializers.push({ name, dims, dataType: DATA_TYPE.FLOAT, rawData: floatBytes(values) });
    return name;
  }

  /** A float constant shared by name (created once, reused afterwards); not a parameter. */
  constFloat(name: string, dims: readonly number[], values: readonly number[]): string {
    if (this.names.has(name)) return name;
    this.claim(name);
    const data = floatBytes(Float32Array.from(values));
    this.initializers.push({ name, dims, dataType: DATA_TYPE.FLOAT, rawData: data });
    return name;
  }

  /** An int64 1-D constant (Reshape target shapes), shared by name; not a parameter. */
  constInt64(name: string, values: readonly number[]): string {
    if (this.names.has(name)) return name;
    this.claim(name);
    this.initializers.push({
      name,
      dims: [values.length],
      dataType: DATA_TYPE.INT64,
      int64Data: values,
    });
    return name;
  }

  /** A tensor from raw little-endian bytes of any element type (quantized weights, zero points). */
  rawTensor(
    name: string,
    dims: readonly number[],
    dataType: number,
    rawData: Uint8Array,
    learned: boolean,
  ): string {
    this.claim(name);
    if (learned) this.learned += elementCount(dims);
    this.initializers.push({ name, dims, dataType, rawData });
    return name;
  }

  /** Appends a node with several outputs, named `<name>:<i>`; returns their names. */
  multiNode(
    opType: string,
    name: string,
    inputs: readonly string[],
    outputs: number,
    category: NodeCategory,
  ): string[] {
    this.claim(name);
    this.categories.set(name, category);
    const names = Array.from({ length: outputs }, (_, i) => (i === 0 ? name : `${name}:${i}`));
    this.nodes.push({ name, opType, input: inputs, output: names, attribute: [] });
    return names;
  }

  /** Appends a node whose single output is named after the node; returns that output name. */
  node(
    opType: string,
    name: string,
    inputs: readonly string[],
    category: NodeCategory,
    attribute: readonly OnnxAttribute[] = [],
  ): string {
    this.claim(name);
    this.categories.set(name, category);
    this.nodes.push({ name, opType, input: inputs, output: [name], attribute });
    return name;
  }

  /** The finished model; `output` must name a node emitted earlier (node outputs are named after nodes). */
  toModel(
    input: { readonly name: string; readonly dims: readonly number[] },
    output: { readonly name: string; readonly dims: readonly number[] },
    docString: string,
  ): OnnxModel {
    if (!this.categories.has(output.name)) throw new Error(`No node named "${output.name}".`);
    return {
      irVersion: IR_VERSION,
      opsetImport: [{ domain: "", version: OPSET }],
      producerName: "mobilenet-lab",
      producerVersion: "1",
      docString,
      graph: {
        name: "mobilenet",
        node: this.nodes,
        initializer: this.initializers,
        input: [valueInfo(input.name, input.dims)],
        output: [valueInfo(output.name, output.dims)],
      },
    };
  }
}
