import { formatCount, formatExact, macsToFlops } from "@/lib/cost/format";
import type { ModelTotals } from "@/lib/model-file/analyze-model";

function Stat({
  label,
  value,
  unit,
  testId,
  note,
}: {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly testId: string;
  readonly note?: string;
}) {
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1">
        <span
          className="text-2xl font-semibold tabular-nums"
          title={`${formatExact(value)} ${unit}`}
        >
          {formatCount(value)}
        </span>{" "}
        <span className="text-sm">{unit}</span>
        <span
          className="block font-mono text-xs text-slate-500 dark:text-slate-400"
          data-testid={testId}
        >
          {formatExact(value)}
        </span>
        {note && <span className="block text-xs text-slate-500 dark:text-slate-400">{note}</span>}
      </dd>
    </div>
  );
}

/** The file's totals, short and exact, with the counting rules in the labels. */
export function ModelTotalsPanel({ totals }: { readonly totals: ModelTotals }) {
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Stat
        label="Multiply-adds (conv + FC)"
        value={totals.macs}
        unit="MACs"
        testId="file-macs"
        note={`FLOPs = 2 × MACs = ${formatCount(macsToFlops(totals.macs))}`}
      />
      <Stat
        label="Parameters stored in the file"
        value={totals.params}
        unit="params"
        testId="file-params"
        note={`conv/FC weights ${formatCount(totals.weights)} + biases ${formatCount(totals.biases)} + other ${formatCount(totals.otherParams)}`}
      />
      <Stat
        label="Conv + FC weights"
        value={totals.weights}
        unit="params"
        testId="file-weights"
        note="without biases: the papers' count minus bias terms"
      />
      <Stat
        label="Attention products (not MACs)"
        value={totals.attentionOps}
        unit="multiplies"
        testId="file-attention"
        note="MatMuls of two computed tensors (QKᵀ, ·V)"
      />
    </dl>
  );
}
