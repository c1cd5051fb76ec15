import Link from "next/link";
import type { ModelId } from "@/lib/arch/types";
import { formatCount, formatExact } from "@/lib/cost/format";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import { explorerHref } from "@/lib/explorer/explorer-state";

export interface CostLinkProps {
  readonly model?: ModelId;
  readonly alpha?: number;
  readonly resolution?: number;
  readonly metric: "macs" | "params";
  /** Show "MACs"/"params" after the number (default true). */
  readonly unit?: boolean;
}

const UNIT = { macs: "MACs", params: "params" } as const;

/**
 * A number computed by the cost engine, printed the one way ("149 M") with the exact integer on hover
 * and focus, and linking to the explorer view that produced it (product.md: every number links).
 */
export function CostLink({ model = "v1", alpha, resolution, metric, unit = true }: CostLinkProps) {
  const network = resolveNetwork(model, { alpha, resolution });
  const value = network.totals[metric];
  const short = `${formatCount(value)}${unit ? ` ${UNIT[metric]}` : ""}`;
  const exact = `${formatExact(value)} ${UNIT[metric]}`;
  return (
    <Link
      href={explorerHref(model, { alpha: network.alpha, resolution: network.resolution })}
      title={`Exactly ${exact}. Open this model in the explorer.`}
      aria-label={`${short} (exactly ${exact}), open in the explorer`}
      data-exact={value}
      className="font-medium whitespace-nowrap text-[var(--color-accent)] tabular-nums underline decoration-dotted underline-offset-2 dark:text-[var(--color-accent-dark)]"
    >
      {short}
    </Link>
  );
}
