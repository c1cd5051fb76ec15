/**
 * V4 universal inverted bottleneck: [start dw] → 1×1 expand → [middle dw] → 1×1 project → [+ input].
 * The stride sits on the middle dw when present, else on the start dw (TF `middle_dw_downsample`).
 * Layers are matched by op and order (dw before the first 1×1 = start dw, dw after it = middle dw), so
 * the builder does not depend on path spellings beyond "depthwise" vs "pointwise".
 */
import type { LayerCost, ResolvedBlock, UibSpec } from "@/lib/arch/types";
import { projectResidualStages } from "./project-residual-stages";
import type { StageDraft } from "./stage-builder";
import {
  accumulateStages,
  activationName,
  inputStage,
  kernelLabel,
  layerStep,
  strideClause,
  tensorOf,
} from "./stage-builder";
import type { BlockAnimation, DiagramEdge, DiagramNode } from "./types";
import { uibPresence, uibVariant } from "./uib-variant";

interface UibLayers {
  readonly startDw?: LayerCost;
  readonly expand: LayerCost;
  readonly midDw?: LayerCost;
  readonly project: LayerCost;
}

/** Splits a UIB's layers into its four slots; throws when they do not fit the spec. */
export function uibLayers(block: ResolvedBlock, spec: UibSpec): UibLayers {
  const pw = block.layers.filter((l) => l.op === "pointwise");
  const firstPw = block.layers.findIndex((l) => l.op === "pointwise");
  const dws = block.layers.filter((l) => l.op === "depthwise");
  const startDw = dws.find((l) => block.layers.indexOf(l) < firstPw);
  const midDw = dws.find((l) => block.layers.indexOf(l) > firstPw);
  const [expand, project] = pw;
  if (
    pw.length !== 2 ||
    !expand ||
    !project ||
    Boolean(startDw) !== spec.startDw > 0 ||
    Boolean(midDw) !== spec.midDw > 0 ||
    block.layers.length !== 2 + dws.length
  ) {
    throw new Error(
      `${block.name}: UIB layers do not match spec (${block.layers.map((l) => l.path).join(", ")})`,
    );
  }
  return { startDw, expand, midDw, project };
}

/** Stages and diagram of a UIB block, with ghosts for the absent optional depthwise convs. */
export function uibAnimation(block: ResolvedBlock, spec: UibSpec): BlockAnimation {
  const { startDw, expand, midDw, project } = uibLayers(block, spec);
  const act = activationName(spec.act);
  const variant = uibVariant(spec);
  const nodes: DiagramNode[] = [
    { kind: "tensor", id: "in", column: 0, lane: 0, shape: block.input, role: "input", stage: 0 },
  ];
  const edges: DiagramEdge[] = [];
  const drafts: StageDraft[] = [
    inputStage(
      block.input,
      `A ${tensorOf("in", block.input).label} tensor enters a universal inverted bottleneck of the ${variant} shape: ${uibPresence(spec)}.`,
    ),
  ];
  let column = 1;
  let last = "in";

  const step = (
    id: string,
    layer: LayerCost | undefined,
    make: (l: LayerCost) => Omit<StageDraft, "layers" | "tensors" | "focus" | "id">,
    edge: (l: LayerCost) => Pick<DiagramEdge, "label" | "sublabel">,
    ghost: string,
    role: string,
  ) => {
    if (!layer) {
      // Absent optional dw: a dashed placeholder on the path, present from the start, no stage of its own.
      nodes.push({ kind: "ghost", id: `ghost-${id}`, column, lane: 0, label: ghost, stage: 0 });
      edges.push({
        id: `e-${id}`,
        from: last,
        to: `ghost-${id}`,
        op: null,
        label: "",
        style: "flow",
        stage: drafts.length,
      });
      column += 1;
      last = `ghost-${id}`;
      return;
    }
    const stage = drafts.length;
    nodes.push({ kind: "tensor", id, column, lane: 0, shape: layer.output, role, stage });
    edges.push({
      id: `e-${id}`,
      from: last,
      to: id,
      op: layer.op,
      ...edge(layer),
      style: "flow",
      stage,
    });
    drafts.push({
      id,
      ...make(layer),
      ...layerStep(layer, last, id, `e-${id}`),
    });
    column += 1;
    last = id;
  };

  step(
    "start-dw",
    startDw,
    (l) => ({
      title: `start depthwise ${kernelLabel(spec.startDw)}`,
      caption: `Before expanding, a ${kernelLabel(spec.startDw)} depthwise filter slides over each of the ${l.input.c} narrow channels${strideClause(l)}, cheap spatial mixing at the thin end.`,
      op: "depthwise",
      motion: "slide",
    }),
    (l) => ({ label: `dw ${kernelLabel(spec.startDw)}`, sublabel: `start · s${l.stride}` }),
    "no start dw",
    "start dw",
  );
  step(
    "expand",
    expand,
    (l) => ({
      title: "1×1 expand",
      caption: `A 1×1 convolution expands ${l.input.c} → ${l.output.c} channels (×${spec.expand}), followed by ${act}.`,
      op: "pointwise",
      motion: "mix",
    }),
    () => ({ label: "1×1 expand", sublabel: act }),
    "",
    "expanded",
  );
  step(
    "mid-dw",
    midDw,
    (l) => ({
      title: `middle depthwise ${kernelLabel(spec.midDw)}`,
      caption: `A ${kernelLabel(spec.midDw)} depthwise filter slides over each of the ${l.input.c} expanded channels${strideClause(l)}, followed by ${act}.`,
      op: "depthwise",
      motion: "slide",
    }),
    (l) => ({ label: `dw ${kernelLabel(spec.midDw)}`, sublabel: `middle · s${l.stride}` }),
    "no middle dw",
    "middle dw",
  );
  const tail = projectResidualStages(block, project, spec.stride, column, drafts.length, last);
  nodes.push(...tail.nodes);
  edges.push(...tail.edges);
  drafts.push(...tail.drafts);
  return { stages: accumulateStages(block, drafts), diagram: { nodes, edges }, standard: null };
}
