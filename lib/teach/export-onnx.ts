/**
 * One ONNX file = the real backbone up to its pooled features + the trained head + softmax:
 * Flatten → LpNormalization (the head learned on unit-length embeddings) → Gemm → Relu → Gemm →
 * Softmax. The original classifier's nodes and weights are cut away. The class names, the backbone
 * and its preprocessing go in metadata_props, which is how /model and /classify recognise the file.
 */
import type { OnnxModel, OnnxTensor } from "@/lib/onnx/onnx-proto";
import { ATTRIBUTE_TYPE, DATA_TYPE, decodeModel, encodeModel } from "@/lib/onnx/onnx-proto";
import type { FeatureTensor } from "./feature-tensor";
import { nodesFeeding } from "./feature-tensor";
import type { HeadWeights } from "./head";

export const TAUGHT_KIND = "mobilenet-lab/taught-classifier";
export const OUTPUT_NAME = "probabilities";

export interface TaughtPreprocessing {
  readonly resize_shorter_side: number;
  readonly center_crop: number;
  readonly interpolation: "bilinear" | "bicubic";
  readonly mean: readonly number[];
  readonly std: readonly number[];
}

export interface TaughtMetadata {
  readonly classes: readonly string[];
  readonly backboneId: string;
  readonly backboneTitle: string;
  readonly feature: string;
  readonly inputName: string;
  readonly outputName: string;
  readonly preprocessing: TaughtPreprocessing;
}

function floatTensor(name: string, dims: readonly number[], values: Float32Array): OnnxTensor {
  const copy = Float32Array.from(values); // its own buffer: never a view into a larger one
  return { name, dims, dataType: DATA_TYPE.FLOAT, rawData: new Uint8Array(copy.buffer) };
}

const int = (name: string, i: number) => ({ name, type: ATTRIBUTE_TYPE.INT, i });

export function buildTaughtModel(
  backbone: OnnxModel,
  feature: FeatureTensor,
  head: HeadWeights,
  meta: Omit<TaughtMetadata, "feature" | "outputName" | "inputName">,
): OnnxModel {
  if (meta.classes.length !== head.classes)
    throw new Error(`${meta.classes.length} class names for a head of ${head.classes} classes.`);
  const kept = nodesFeeding(backbone, feature.name);
  const used = new Set(kept.flatMap((n) => n.input));
  const p = "teach_";
  const nodes = [
    ...kept,
    {
      name: `${p}flatten`,
      opType: "Flatten",
      input: [feature.name],
      output: [`${p}flat`],
      attribute: [int("axis", 1)],
    },
    {
      name: `${p}l2`,
      opType: "LpNormalization",
      input: [`${p}flat`],
      output: [`${p}unit`],
      attribute: [int("axis", 1), int("p", 2)],
    },
    {
      name: `${p}dense1`,
      opType: "Gemm",
      input: [`${p}unit`, `${p}w1`, `${p}b1`],
      output: [`${p}pre`],
      attribute: [int("transB", 1)],
    },
    { name: `${p}relu`, opType: "Relu", input: [`${p}pre`], output: [`${p}hidden`], attribute: [] },
    {
      name: `${p}dense2`,
      opType: "Gemm",
      input: [`${p}hidden`, `${p}w2`, `${p}b2`],
      output: [`${p}logits`],
      attribute: [int("transB", 1)],
    },
    {
      name: `${p}softmax`,
      opType: "Softmax",
      input: [`${p}logits`],
      output: [OUTPUT_NAME],
      attribute: [int("axis", 1)],
    },
  ];
  const inputName = backbone.graph.input.find((i) => used.has(i.name))?.name;
  if (!inputName) throw new Error("The backbone's image input does not feed its features.");
  const metadata: TaughtMetadata = {
    ...meta,
    feature: feature.name,
    inputName,
    outputName: OUTPUT_NAME,
  };
  const opset = backbone.opsetImport.map((o) =>
    (o.domain ?? "") === "" ? { domain: "", version: Math.max(13, o.version) } : o,
  );
  return {
    ...backbone,
    opsetImport: opset,
    producerName: "mobilenet-lab teach",
    producerVersion: "1",
    docString: `${meta.backboneTitle} features + a head trained in the browser on ${meta.classes.length} classes: ${meta.classes.join(", ")}.`,
    graph: {
      ...backbone.graph,
      name: "taught-classifier",
      node: nodes,
      initializer: [
        ...backbone.graph.initializer.filter((t) => used.has(t.name)),
        floatTensor(`${p}w1`, [head.hidden, head.inputSize], head.w1),
        floatTensor(`${p}b1`, [head.hidden], head.b1),
        floatTensor(`${p}w2`, [head.classes, head.hidden], head.w2),
        floatTensor(`${p}b2`, [head.classes], head.b2),
      ],
      input: backbone.graph.input.filter((i) => i.name === inputName),
      output: [
        {
          name: OUTPUT_NAME,
          type: {
            tensorType: {
              elemType: DATA_TYPE.FLOAT,
              shape: { dim: [{ dimValue: 1 }, { dimValue: head.classes }] },
            },
          },
        },
      ],
      valueInfo: [],
    },
    metadataProps: [
      { key: "kind", value: TAUGHT_KIND },
      { key: "mobilenet-lab.taught", value: JSON.stringify(metadata) },
    ],
  };
}

export function encodeTaughtModel(...args: Parameters<typeof buildTaughtModel>): Uint8Array {
  return encodeModel(buildTaughtModel(...args));
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

function isNumberArray(v: unknown, length: number): v is number[] {
  return Array.isArray(v) && v.length === length && v.every((x) => typeof x === "number");
}

/** The taught classifier's metadata, or null when the model is not one (or its metadata is damaged). */
export function readTaughtMetadata(model: OnnxModel): TaughtMetadata | null {
  const props = model.metadataProps ?? [];
  if (!props.some((p) => p.key === "kind" && p.value === TAUGHT_KIND)) return null;
  const raw = props.find((p) => p.key === "mobilenet-lab.taught")?.value;
  if (!raw) return null;
  try {
    const m = JSON.parse(raw) as Partial<TaughtMetadata>;
    const pre = m.preprocessing;
    if (
      !isStringArray(m.classes) ||
      m.classes.length < 2 ||
      typeof m.backboneId !== "string" ||
      typeof m.inputName !== "string" ||
      typeof m.outputName !== "string" ||
      !pre ||
      typeof pre.center_crop !== "number" ||
      typeof pre.resize_shorter_side !== "number" ||
      !isNumberArray(pre.mean, 3) ||
      !isNumberArray(pre.std, 3)
    )
      return null;
    return {
      classes: m.classes,
      backboneId: m.backboneId,
      backboneTitle: typeof m.backboneTitle === "string" ? m.backboneTitle : m.backboneId,
      feature: typeof m.feature === "string" ? m.feature : "",
      inputName: m.inputName,
      outputName: m.outputName,
      preprocessing: {
        resize_shorter_side: pre.resize_shorter_side,
        center_crop: pre.center_crop,
        interpolation: pre.interpolation === "bicubic" ? "bicubic" : "bilinear",
        mean: pre.mean,
        std: pre.std,
      },
    };
  } catch {
    return null;
  }
}

/** Reads the metadata straight from file bytes (null for any other or unreadable file). */
export function readTaughtMetadataFromBytes(bytes: Uint8Array): TaughtMetadata | null {
  try {
    return readTaughtMetadata(decodeModel(bytes));
  } catch {
    return null;
  }
}
