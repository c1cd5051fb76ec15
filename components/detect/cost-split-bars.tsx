import Link from "next/link";
import { StackedBar } from "@/components/charts/stacked-bar";
import { formatCount, formatExact } from "@/lib/cost/format";
import type { ModelCostView } from "@/lib/detect/cost-view";
import type { CostPart } from "@/lib/detect/cost-split";
import { backboneName, findTaskModel, shortName } from "@/lib/detect/task-models";
import { explorerHref } from "@/lib/explorer/explorer-state";
import { countColumn } from "@/components/ui/count-columns";
import { DataTable, type Column } from "@/components/ui/data-table";

/** Parts are not operations: neutral inks (the op-kind hues keep their meaning), darkest for the backbone. */
const PART_INK = {
  backbone: "bg-slate-700 dark:bg-slate-300",
  neck: "bg-slate-400 dark:bg-slate-500",
  predictors: "bg-slate-200 dark:bg-slate-700",
} as const;

function pct(part: number, total: number): string {
  return `${((100 * part) / total).toFixed(1)} %`;
}

function Bar({
  parts,
  metric,
  total,
  name,
}: {
  readonly parts: readonly CostPart[];
  readonly metric: "macs" | "params";
  readonly total: number;
  readonly name: string;
}) {
  const unit = metric === "macs" ? "MACs" : "params";
  return (
    <div>
      <div className="flex items-baseline justify-between text-xs text-slate-600 dark:text-slate-400">
        <span>{unit}</span>
        <span className="font-mono tabular-nums" title={formatExact(total)}>
          {formatCount(total)} in all
        </span>
      </div>
      <StackedBar
        role="img"
        label={`${name}, ${unit}: ${parts.map((p) => `${p.label} ${pct(p[metric], total)}`).join(", ")}`}
        className="mt-1 h-5"
        segments={parts.map((p) => ({
          key: p.key,
          share: p[metric] / total,
          title: `${p.label}: ${formatExact(p[metric])} ${unit} (${pct(p[metric], total)})`,
          className: PART_INK[p.key],
        }))}
      />
    </div>
  );
}

/** A part's count with its share of the whole model under it. */
function partColumn(metric: "macs" | "params", total: number): Column<CostPart> {
  return {
    ...countColumn(metric, metric === "macs" ? "MACs" : "params", (p: CostPart) => p[metric]),
    mono: true,
    cell: (p) => (
      <>
        {formatCount(p[metric])}
        <span className="block text-xs text-slate-500 dark:text-slate-400">
          {pct(p[metric], total)}
        </span>
      </>
    ),
  };
}

function partColumns(totalMacs: number, totalParams: number): readonly Column<CostPart>[] {
  return [
    {
      id: "part",
      header: "Part",
      cell: (p) => (
        <>
          <span
            aria-hidden
            className={`mr-2 inline-block h-3 w-3 rounded-sm align-middle ${PART_INK[p.key]}`}
          />
          {p.label}
        </>
      ),
    },
    partColumn("macs", totalMacs),
    partColumn("params", totalParams),
  ];
}

/** One model's split: MACs and params bars, the numbers, and a link to the backbone in the explorer. */
function ModelSplit({ view }: { readonly view: ModelCostView }) {
  const model = findTaskModel(view.id);
  if (!model) return null;
  const { split } = view;
  const name = shortName(model);
  const backbone = backboneName(model);
  return (
    <li
      className="rounded-xl border border-slate-200 p-4 dark:border-slate-800"
      data-testid={`split-${view.id}`}
    >
      <h3 className="font-semibold">{name}</h3>
      <div className="mt-3 space-y-3">
        <Bar parts={split.parts} metric="macs" total={split.totalMacs} name={name} />
        <Bar parts={split.parts} metric="params" total={split.totalParams} name={name} />
      </div>
      <DataTable
        columns={partColumns(split.totalMacs, split.totalParams)}
        rows={split.parts}
        rowKey={(p) => p.key}
        keyAttribute="data-part"
        rowAttributes={() => ({ className: "align-top" })}
        headerTone="muted"
        scrollClassName="mt-3"
      />
      <p className="mt-3 text-sm">
        <Link
          className="underline decoration-slate-400 underline-offset-2 hover:decoration-slate-900 dark:hover:decoration-slate-100"
          href={explorerHref(model.engine.model, {
            alpha: model.engine.alpha,
            resolution: model.engine.resolution,
          })}
        >
          {backbone} in the explorer
        </Link>
        <span className="text-slate-500 dark:text-slate-400">
          {" "}
          — the backbone ends at <code>{split.backboneEnd}</code>
        </span>
      </p>
      {model.engineNote && (
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">{model.engineNote}</p>
      )}
    </li>
  );
}

/** Every installed model's backbone-vs-head split, counted from its real .onnx file. */
export function CostSplitBars({ costs }: { readonly costs: readonly ModelCostView[] }) {
  if (costs.length === 0)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        No detection or segmentation model is installed, so there is nothing to count. Run{" "}
        <code>npm run setup:models</code> and rebuild.
      </p>
    );
  return (
    <ul className="grid gap-4 lg:grid-cols-3">
      {costs.map((c) => (
        <ModelSplit key={c.id} view={c} />
      ))}
    </ul>
  );
}
