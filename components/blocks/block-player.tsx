"use client";

import { useEffect, useMemo, useRef } from "react";
import { useReducedMotion } from "@/components/hooks/use-reduced-motion";
import { MODEL_TITLES } from "@/lib/arch/models";
import type { ModelId, ResolvedBlock } from "@/lib/arch/types";
import { blockAnimation } from "@/lib/blocks/block-stages";
import type { BlockKindSlug } from "@/lib/blocks/catalog";
import { blockKind } from "@/lib/blocks/catalog";
import type { BlockAnimation } from "@/lib/blocks/types";
import { CostInputError } from "@/lib/cost/cost-input-error";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { layoutBlock } from "@/lib/viz/block-layout";
import { computationPlan } from "@/lib/blocks/computation-steps";
import { ComputationView } from "./computation-view";
import { CostCounter } from "./cost-counter";
import { DiagramFrame } from "./diagram-frame";
import { PhoneNarration } from "./phone-narration";
import { PlaybackControls } from "./playback-controls";
import { usePlayback } from "./use-playback";
import type { RealTensors } from "@/lib/blocks/real-tensors";
import { realTensorFor } from "@/lib/blocks/real-tensors";
import { TensorThumbs } from "./tensor-thumbs";
import { useRevealStage } from "./use-reveal-stage";
import { useStageInUrl } from "./use-stage-in-url";

export interface BlockPlayerProps {
  readonly kind: BlockKindSlug;
  readonly model: ModelId;
  /** Index into the model's blocks (ResolvedNetwork.blocks). */
  readonly blockIndex: number;
  readonly alpha: number;
  readonly resolution: number;
  /** Tighter chrome for embedding in a lesson. */
  readonly compact?: boolean;
  /**
   * A layer to play instead of the model's block (lesson 2's calculator drives it); its totals are not a
   * model's, so they do not link to the explorer.
   */
  readonly layer?: { readonly block: ResolvedBlock; readonly name: string };
  /** "With your photo": real channels of the block's tensors (absent: the plain animation). */
  readonly real?: RealTensors;
  /** Stage index (0-based) to open at, e.g. from `/blocks/<kind>?stage=N`. */
  readonly initialStage?: number;
  /** Hears each stage the reader steps to (not auto-play), so a page can keep it in its URL. */
  readonly onStage?: (stage: number) => void;
  /**
   * A query parameter holding the stage (1-based), for a lesson's deep links: `?stage=3` opens the
   * player at stage 3 and scrolls to it; stepping writes it back. Absent: the URL is left alone.
   */
  readonly stageParam?: string;
}

type Resolved =
  | { readonly ok: true; readonly block: ResolvedBlock; readonly animation: BlockAnimation }
  | { readonly ok: false; readonly message: string };

function resolve(props: BlockPlayerProps): Resolved {
  const layerAnimation = props.layer ? blockAnimation(props.layer.block) : null;
  if (props.layer && layerAnimation)
    return { ok: true, block: props.layer.block, animation: layerAnimation };
  try {
    const net = resolveNetwork(props.model, { alpha: props.alpha, resolution: props.resolution });
    const block = net.blocks[props.blockIndex];
    const animation =
      block && blockKind(props.kind).qualifies(block.spec, props.model)
        ? blockAnimation(block)
        : null;
    if (!block || !animation) {
      return {
        ok: false,
        message: `Block ${props.blockIndex} of ${MODEL_TITLES[props.model]} is not a ${blockKind(props.kind).title}.`,
      };
    }
    return { ok: true, block, animation };
  } catch (error) {
    if (error instanceof CostInputError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * An animated MobileNet block driven by the cost engine's shapes and costs for one layer. Self-contained
 * (no URL access), so lessons can embed it; /blocks/<kind> wires the URL to its props.
 */
export function BlockPlayer(props: BlockPlayerProps) {
  const resolved = useMemo(
    () => resolve(props),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the props object is new each render; its fields are the inputs
    [props.kind, props.model, props.blockIndex, props.alpha, props.resolution, props.layer],
  );
  if (!resolved.ok) {
    return (
      <p
        role="alert"
        className="rounded-md border border-red-300 p-3 text-sm text-red-800 dark:border-red-700 dark:text-red-200"
      >
        {resolved.message}
      </p>
    );
  }
  // A new block restarts playback; a new α or resolution keeps the stage (the stages are the same).
  return (
    <Player
      key={`${props.model}/${props.blockIndex}`}
      {...props}
      block={resolved.block}
      animation={resolved.animation}
    />
  );
}

function Player({
  kind,
  model,
  block,
  animation,
  alpha,
  resolution,
  compact = false,
  layer,
  real,
  initialStage = 0,
  onStage,
  stageParam,
}: BlockPlayerProps & { readonly block: ResolvedBlock; readonly animation: BlockAnimation }) {
  const rootRef = useRef<HTMLElement>(null);
  const controlsRef = useRef<HTMLDivElement>(null);
  const reducedMotion = useReducedMotion();
  const { stages, diagram, standard } = animation;
  const playback = usePlayback(
    stages.length,
    reducedMotion,
    rootRef,
    Math.max(0, Math.min(initialStage, stages.length - 1)),
  );
  useEffect(() => {
    if (playback.userDriven) onStage?.(playback.step);
  }, [playback.userDriven, playback.step, onStage]);
  const horizontal = useMemo(() => layoutBlock(diagram, "horizontal"), [diagram]);
  const vertical = useMemo(() => layoutBlock(diagram, "vertical"), [diagram]);
  const stage = stages[playback.step] ?? stages[0];
  useStageInUrl(stageParam, stages.length, playback, rootRef);
  useRevealStage(
    rootRef,
    controlsRef,
    stage?.focus ?? [],
    playback.step,
    playback.userDriven,
    reducedMotion,
  );
  if (!stage) return null;
  // The arithmetic view for a stage that runs exactly one depthwise or pointwise layer.
  const only = stage.layers.length === 1 ? stage.layers[0] : undefined;
  const plan = only && stage.op === only.op ? computationPlan(only) : null;
  const name = layer
    ? `${blockKind(kind).title}: ${layer.name}`
    : `${blockKind(kind).title}: ${MODEL_TITLES[model]} block ${block.index}, α = ${alpha}, ${resolution}×${resolution} input`;
  const common = {
    diagram,
    stages,
    step: playback.step,
    reducedMotion,
    speed: playback.speed,
    title: name,
  };

  return (
    <section
      ref={rootRef}
      aria-label={`Animated block: ${name}`}
      data-testid="block-player"
      data-playing={playback.playing}
      data-step={playback.step}
      className={`@container grid gap-3 rounded-lg border border-slate-200 dark:border-slate-700 ${compact ? "p-2" : "p-3 sm:p-4"}`}
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">{name}</p>
      <DiagramFrame horizontal={horizontal} vertical={vertical} common={common} />
      {/* Sticky: on a phone the diagram is taller than the screen, and the controls must stay in reach. */}
      <div
        ref={controlsRef}
        data-testid="player-controls"
        className="sticky bottom-0 z-10 -mx-2 rounded-md border border-slate-200 bg-white/95 px-2 py-2 backdrop-blur dark:border-slate-700 dark:bg-[#0f1419]/95"
      >
        <PlaybackControls playback={playback} stages={stages} />
        {/* On a phone the caption is below the tall diagram: narrate the stage where the eye already is. */}
        <PhoneNarration
          stage={stage}
          step={playback.step}
          count={stages.length}
          totalMacs={block.totals.macs}
        />
      </div>
      <div className="grid gap-4 @3xl:grid-cols-[3fr_2fr]">
        <div>
          <div aria-live="polite" aria-atomic="true" data-testid="stage-caption">
            <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
              Stage {playback.step + 1} of {stages.length} · {stage.title}
            </p>
            <p className="mt-1 text-base leading-relaxed">{stage.caption}</p>
            <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Tensors in this stage">
              {stage.tensors.map((t) => {
                const realTensor = real ? realTensorFor(animation, stage, t, block, real) : null;
                return (
                  <li
                    key={t.id}
                    data-testid="stage-tensor"
                    className="rounded border border-slate-300 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600"
                  >
                    {t.label}
                    {realTensor && <TensorThumbs tensor={realTensor} label={t.label} />}
                  </li>
                );
              })}
            </ul>
          </div>
          {plan && (
            <ComputationView
              key={stage.id}
              plan={plan}
              reducedMotion={reducedMotion}
              speed={playback.speed}
            />
          )}
        </div>
        <div className="self-start">
          <CostCounter
            stage={stage}
            totals={block.totals}
            standard={standard}
            view={
              layer
                ? null
                : {
                    model,
                    alpha,
                    resolution,
                    layer: block.layers[0]?.path,
                    subject: `${MODEL_TITLES[model]} block ${block.index} (α ${alpha}, ${resolution} px)`,
                  }
            }
          />
        </div>
      </div>
    </section>
  );
}
