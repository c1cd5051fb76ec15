import { BlockPlayer } from "@/components/blocks/block-player";
import { MODEL_SPECS } from "@/lib/arch/models";
import type { ModelId } from "@/lib/arch/types";
import type { BlockKindSlug } from "@/lib/blocks/catalog";
import { BlocksLink } from "./blocks-link";
import { Figure } from "./prose";

/**
 * An animated block (from components/blocks) embedded in a lesson at α = 1 and the model's published
 * resolution (the same shapes as the lesson's tables), with a link to its full page.
 */
export function LessonBlock({
  kind,
  model,
  blockIndex,
  caption,
  stageParam = "stage",
}: {
  readonly kind: BlockKindSlug;
  readonly model: ModelId;
  readonly blockIndex: number;
  readonly caption: string;
  /** The query parameter that links to a stage (?stage=3); a second player on a page needs its own. */
  readonly stageParam?: string;
}) {
  return (
    <Figure
      caption={
        <>
          {caption} <BlocksLink kind={kind} label="Open it full size and pick any block" />
        </>
      }
    >
      <div data-testid={`lesson-block-${kind}`}>
        <BlockPlayer
          kind={kind}
          model={model}
          blockIndex={blockIndex}
          alpha={1}
          resolution={MODEL_SPECS[model].defaultResolution}
          compact
          stageParam={stageParam}
        />
      </div>
    </Figure>
  );
}
