/**
 * V4 Mobile MQA (V4 §4): `heads` query heads share one key head and one value head; K and V are first
 * downsampled by a stride-kvStride depthwise 3×3 when kvStride > 1. Engine rows: mqa/query,
 * mqa/key-downsample, mqa/key, mqa/value-downsample, mqa/value, mqa/output. The QKᵀ and ·V products are
 * the engine's `otherOps` on the key and value rows, never MACs.
 */
import type { MobileMqaSpec, ResolvedBlock, TensorShape } from "@/lib/arch/types";
import type { StageDraft } from "./stage-builder";
import {
  accumulateStages,
  findLayer,
  inputStage,
  layerStep,
  requireLayer,
  shapeLabel,
  tensorOf,
} from "./stage-builder";
import type { BlockAnimation, DiagramEdge, DiagramNode } from "./types";

/** Stages and diagram of a Mobile MQA block. */
export function mqaAnimation(block: ResolvedBlock, spec: MobileMqaSpec): BlockAnimation {
  const query = requireLayer(block, "mqa/query");
  const keyDown = findLayer(block, "mqa/key-downsample");
  const valueDown = findLayer(block, "mqa/value-downsample");
  const key = requireLayer(block, "mqa/key");
  const value = requireLayer(block, "mqa/value");
  const output = requireLayer(block, "mqa/output");
  const { input } = block;
  const queries = input.h * input.w;
  const keys = key.output.h * key.output.w;
  const scores: TensorShape = { h: input.h, w: input.w, c: keys };
  const attended: TensorShape = output.input;
  const down = keyDown && valueDown;
  const kvFrom = down ? "kv" : "in";

  const nodes: DiagramNode[] = [
    { kind: "tensor", id: "in", column: 0, lane: 0, shape: input, role: "input", stage: 0 },
    {
      kind: "tensor",
      id: "q",
      column: 2,
      lane: -1,
      shape: query.output,
      role: `Q: ${spec.heads} heads × ${spec.keyDim}`,
      stage: 1,
    },
  ];
  const edges: DiagramEdge[] = [
    {
      id: "e-q",
      from: "in",
      to: "q",
      op: "attention",
      label: "1×1 query",
      sublabel: `${spec.heads} heads`,
      style: "flow",
      stage: 1,
    },
  ];
  const drafts: StageDraft[] = [
    inputStage(
      input,
      `A ${shapeLabel(input)} tensor enters a Mobile MQA block: ${spec.heads} query heads will share a single key head and a single value head.`,
    ),
    {
      id: "query",
      title: "query heads",
      caption: `Queries: a 1×1 conv maps ${input.c} → ${query.output.c} channels, ${spec.heads} heads of ${spec.keyDim} at each of the ${queries} positions.`,
      op: "attention",
      motion: "mix",
      tensors: [tensorOf("in", input), tensorOf("q", query.output)],
      focus: ["e-q", "q"],
      layers: [query],
    },
  ];
  if (down) {
    const stage = drafts.length;
    nodes.push({
      kind: "tensor",
      id: "kv",
      column: 1,
      lane: 1,
      shape: keyDown.output,
      role: "K/V downsampled",
      stage,
    });
    edges.push({
      id: "e-kv",
      from: "in",
      to: "kv",
      op: "depthwise",
      label: `dw 3×3 s${spec.kvStride}`,
      sublabel: "for K and V",
      style: "flow",
      stage,
    });
    drafts.push({
      id: "kv-downsample",
      title: "K/V downsampling",
      caption: `Two stride-${spec.kvStride} 3×3 depthwise convs (one for keys, one for values) shrink ${input.h}×${input.w} to ${keyDown.output.h}×${keyDown.output.w}, so each query attends to ${queries / keys}× fewer positions.`,
      op: "depthwise",
      motion: "slide",
      tensors: [tensorOf("in", input), tensorOf("kv", keyDown.output)],
      focus: ["e-kv", "kv"],
      layers: [keyDown, valueDown],
    });
  }
  const kStage = drafts.length;
  nodes.push(
    {
      kind: "tensor",
      id: "k",
      column: 2,
      lane: 0,
      shape: key.output,
      role: "K: 1 shared head",
      stage: kStage,
    },
    {
      kind: "tensor",
      id: "v",
      column: 2,
      lane: 1,
      shape: value.output,
      role: "V: 1 shared head",
      stage: kStage + 1,
    },
  );
  edges.push(
    {
      id: "e-k",
      from: kvFrom,
      to: "k",
      op: "attention",
      label: "1×1 key",
      sublabel: `→ ${spec.keyDim}`,
      style: "flow",
      stage: kStage,
    },
    {
      id: "e-v",
      from: kvFrom,
      to: "v",
      op: "attention",
      label: "1×1 value",
      sublabel: `→ ${spec.valueDim}`,
      style: "flow",
      stage: kStage + 1,
    },
  );
  drafts.push(
    {
      id: "key",
      title: "shared key head",
      caption: `One key head for all ${spec.heads} query heads: a 1×1 conv maps ${key.input.c} → ${key.output.c} channels at each of the ${keys} key positions.`,
      op: "attention",
      motion: "mix",
      ...layerStep(key, kvFrom, "k", "e-k"),
    },
    {
      id: "value",
      title: "shared value head",
      caption: `Likewise one value head: a 1×1 conv maps ${value.input.c} → ${value.output.c} channels, shared by every query head instead of one per head.`,
      op: "attention",
      motion: "mix",
      ...layerStep(value, kvFrom, "v", "e-v"),
    },
  );
  const aStage = drafts.length;
  const scoreLabel = `${spec.heads}×${queries}×${keys}`;
  nodes.push(
    {
      kind: "tensor",
      id: "att",
      column: 3,
      lane: 0,
      shape: scores,
      role: "scores: heads×queries×keys",
      label: scoreLabel,
      stage: aStage,
    },
    {
      kind: "tensor",
      id: "mix",
      column: 4,
      lane: 0,
      shape: attended,
      role: "heads concatenated",
      stage: aStage,
    },
  );
  edges.push(
    {
      id: "e-qk",
      from: "q",
      to: "att",
      op: "attention",
      label: "QKᵀ",
      sublabel: "softmax",
      style: "flow",
      stage: aStage,
    },
    { id: "e-kk", from: "k", to: "att", op: "attention", label: "", style: "flow", stage: aStage },
    {
      id: "e-av",
      from: "att",
      to: "mix",
      op: "attention",
      label: "· V",
      style: "flow",
      stage: aStage,
    },
    { id: "e-vv", from: "v", to: "mix", op: "attention", label: "", style: "flow", stage: aStage },
  );
  drafts.push({
    id: "attend",
    title: "attention",
    caption: `Each head scores its ${queries} queries against the same ${keys} keys, softmaxes, and sums the shared values: ${key.otherOps + value.otherOps} multiplies that the papers do not count as MACs.`,
    op: "attention",
    motion: "attend",
    tensors: [
      tensorOf("q", query.output),
      tensorOf("k", key.output),
      tensorOf("v", value.output),
      tensorOf("mix", attended),
    ],
    focus: ["e-qk", "e-kk", "e-av", "e-vv", "att", "mix"],
    layers: [],
  });
  const oStage = drafts.length;
  nodes.push({
    kind: "tensor",
    id: "out",
    column: 5,
    lane: 0,
    shape: output.output,
    role: "output (+ input)",
    stage: oStage,
  });
  edges.push({
    id: "e-out",
    from: "mix",
    to: "out",
    op: "attention",
    label: "1×1 output",
    sublabel: `→ ${output.output.c}`,
    style: "flow",
    stage: oStage,
  });
  drafts.push({
    id: "output",
    title: "output projection",
    caption: `A 1×1 conv maps the ${attended.c} concatenated head channels back to ${output.output.c}.`,
    op: "attention",
    motion: "mix",
    tensors: [tensorOf("mix", attended), tensorOf("out", output.output)],
    focus: ["e-out", "out"],
    layers: [output],
  });
  edges.push({
    id: "e-res",
    from: "in",
    to: "out",
    op: null,
    label: "+ input",
    style: block.residual ? "skip" : "absent",
    stage: drafts.length,
  });
  drafts.push({
    id: "residual",
    title: "residual add",
    caption: block.residual
      ? `The block's input is added back to the output, as in every MQA block, so attention only has to learn a correction.`
      : `This block does not add its input back.`,
    op: null,
    motion: block.residual ? "add" : "none",
    tensors: [tensorOf("in", input), tensorOf("out", block.output)],
    focus: ["e-res", "in", "out"],
    layers: [],
  });
  return { stages: accumulateStages(block, drafts), diagram: { nodes, edges }, standard: null };
}
