import { ExplorerCostLink } from "@/components/ui/explorer-cost-link";
import type { ModelId } from "@/lib/arch/types";
import { formatCount, formatExact } from "@/lib/cost/format";
import type { Stage, StandardCounterpart } from "@/lib/blocks/types";

/** The explorer view the block's totals come from: its model, α, resolution and first layer. */
export interface BlockExplorerView {
  readonly model: ModelId;
  readonly alpha: number;
  readonly resolution: number;
  readonly layer?: string;
  /** "MobileNetV2 block 3 (α 1, 224 px)", for the links' accessible names. */
  readonly subject: string;
}

const METERS = {
  macs: { label: "MACs (multiply-adds)", unit: "MACs" },
  params: { label: "Parameters", unit: "params" },
} as const;

function Meter({
  label,
  metric,
  unit,
  value,
  total,
  delta,
  testId,
  view,
}: {
  readonly label: string;
  readonly metric: "macs" | "params";
  readonly unit: string;
  readonly value: number;
  readonly total: number;
  readonly delta: number;
  readonly testId: string;
  readonly view: BlockExplorerView | null;
}) {
  const fraction = total > 0 ? value / total : 0;
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        <span className="text-sm font-medium text-slate-700 dark:text-slate-300">{label}</span>
        <span className="font-mono text-sm tabular-nums">
          <span title={`${formatExact(value)} ${unit}`}>{formatCount(value)}</span>
          <span className="text-slate-500 dark:text-slate-400"> / </span>
          {view === null ? (
            <span title={`${formatExact(total)} ${unit}`} data-testid={`${testId}-total`}>
              {formatCount(total)}
            </span>
          ) : (
            <ExplorerCostLink
              value={total}
              metric={metric}
              model={view.model}
              alpha={view.alpha}
              resolution={view.resolution}
              layer={view.layer}
              subject={view.subject}
              testId={`${testId}-total`}
            />
          )}
        </span>
      </div>
      <div
        className="mt-1 h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
        aria-hidden="true"
      >
        <div
          className="h-full rounded bg-slate-700 transition-[width] duration-500 dark:bg-slate-300"
          style={{ width: `${(fraction * 100).toFixed(2)}%` }}
        />
      </div>
      <div className="mt-1 flex justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
        <span className="font-mono tabular-nums" data-testid={testId}>
          {formatExact(value)} {unit}
        </span>
        <span className="font-mono tabular-nums">
          {delta > 0 ? `+${formatCount(delta)} this stage` : "—"}
        </span>
      </div>
    </div>
  );
}

/**
 * Running MACs and params up to the current stage, ending at the block's engine totals; the totals link
 * to the explorer at the block's model, α and resolution with its first layer selected.
 */
export function CostCounter({
  stage,
  totals,
  standard,
  view,
}: {
  readonly stage: Stage;
  readonly totals: { readonly macs: number; readonly params: number };
  readonly standard: StandardCounterpart | null;
  /** null: the totals are not a model's (a typed layer), so they are plain numbers. */
  readonly view: BlockExplorerView | null;
}) {
  return (
    <div className="grid gap-3">
      {(["macs", "params"] as const).map((metric) => (
        <Meter
          key={metric}
          {...METERS[metric]}
          metric={metric}
          value={stage[metric]}
          total={totals[metric]}
          delta={metric === "macs" ? stage.stageMacs : stage.stageParams}
          testId={`counter-${metric}`}
          view={view}
        />
      ))}
      {standard && (
        <p
          className="rounded-md border border-dashed border-slate-300 p-2 text-xs text-slate-700 dark:border-slate-600 dark:text-slate-300"
          data-testid="counter-standard"
        >
          {standard.label}:{" "}
          <span className="font-mono tabular-nums" title={`${formatExact(standard.macs)} MACs`}>
            {formatCount(standard.macs)} MACs
          </span>
          {" · "}
          <span className="font-mono tabular-nums" title={`${formatExact(standard.params)} params`}>
            {formatCount(standard.params)} params
          </span>{" "}
          <span className="text-slate-500 dark:text-slate-400">
            ({(standard.macs / Math.max(1, totals.macs)).toFixed(1)}× this block&apos;s MACs)
          </span>
        </p>
      )}
    </div>
  );
}
