import Link from "next/link";
import type { ModelId } from "@/lib/arch/types";
import { formatCount, formatExact } from "@/lib/cost/format";
import { explorerHref } from "@/lib/explorer/explorer-state";

export interface ExplorerCostLinkProps {
  /** The cost engine's count, printed short ("569 M") with the exact integer on hover and focus. */
  readonly value: number;
  readonly metric: "macs" | "params";
  /** The explorer view that produced the number. */
  readonly model: ModelId;
  readonly alpha: number;
  readonly resolution: number;
  /** Layer path to select in the explorer ("block3/pointwise"), when the number belongs to one. */
  readonly layer?: string;
  /** What the number counts, for the accessible name: "MobileNetV2 α 1, 224 px". */
  readonly subject: string;
  /** Show "MACs"/"params" after the number (default false: the column or label says it). */
  readonly unit?: boolean;
  readonly className?: string;
  readonly testId?: string;
}

const UNIT = { macs: "MACs", params: "params" } as const;
const LONG = { macs: "MACs (multiply-adds)", params: "params" } as const;

/**
 * A cost-engine number that links (one click) to the explorer view that produced it (product.md).
 * Same look and contract as components/lessons/cost-link.tsx, but for a number the page already has,
 * with the model named in the accessible name so a page full of them stays distinguishable.
 */
export function ExplorerCostLink({
  value,
  metric,
  model,
  alpha,
  resolution,
  layer,
  subject,
  unit = false,
  className = "",
  testId,
}: ExplorerCostLinkProps) {
  const short = `${formatCount(value)}${unit ? ` ${UNIT[metric]}` : ""}`;
  const exact = `${formatExact(value)} ${UNIT[metric]}`;
  return (
    <Link
      href={explorerHref(model, { alpha, resolution, layer })}
      title={`Exactly ${exact}. Open ${subject} in the explorer.`}
      aria-label={`${formatCount(value)} ${LONG[metric]} for ${subject} (exactly ${exact}), open in the explorer`}
      data-exact={value}
      data-testid={testId}
      className={`font-medium whitespace-nowrap text-[var(--color-accent)] tabular-nums underline decoration-dotted underline-offset-2 hover:decoration-solid dark:text-[var(--color-accent-dark)] ${className}`}
    >
      {short}
    </Link>
  );
}
